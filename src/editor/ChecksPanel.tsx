/**
 * The checker's problems for the file being edited, at the top of its form, in the words
 * `npm run check` prints. It checks the saved file: it checks again after every save, and on
 * "Check again".
 */
import type { BasicFormField } from '@keystatic/core';
import { ActionButton } from '@keystar/ui/button';
import { Flex } from '@keystar/ui/layout';
import { Heading, Text } from '@keystar/ui/typography';
import { useCallback, useEffect, useState } from 'react';
import { CHECKS_ROUTE, SAVED_EVENT, type ChecksReport } from './editor-routes.ts';

/** The file a form is editing, from the editor's address: undefined while a new entry is unsaved. */
export type FileOfPage = (pathname: string) => string | undefined;

function Checks({ fileOfPage }: { fileOfPage: FileOfPage }) {
  const file = fileOfPage(window.location.pathname);
  const [report, setReport] = useState<ChecksReport | 'checking' | 'failed'>('checking');
  const check = useCallback(async () => {
    if (!file) return;
    setReport('checking');
    try {
      const response = await fetch(`${CHECKS_ROUTE}?file=${encodeURIComponent(file)}`);
      setReport(response.ok ? ((await response.json()) as ChecksReport) : 'failed');
    } catch {
      setReport('failed');
    }
  }, [file]);
  useEffect(() => {
    void check();
    const again = () => void check();
    window.addEventListener(SAVED_EVENT, again);
    return () => window.removeEventListener(SAVED_EVENT, again);
  }, [check]);

  return (
    <Flex direction="column" gap="regular" data-wp-checks>
      <Heading size="small" elementType="h2">
        Checks
      </Heading>
      {!file ? (
        <Text>Save this new entry, and the checks on it appear here.</Text>
      ) : report === 'checking' ? (
        <Text>Checking…</Text>
      ) : report === 'failed' ? (
        <Text>The checks could not run. Run npm run check in the terminal to see them.</Text>
      ) : (
        <>
          <Text size="small" color="neutralSecondary">
            What npm run check says about {report.file} as it was last saved.
          </Text>
          {report.problems.length > 0 && (
            <ul className="wp-checks-list">
              {report.problems.map((problem, index) => (
                <li key={index}>
                  <pre className="wp-checks-problem">{problem}</pre>
                </li>
              ))}
            </ul>
          )}
          <Text data-wp-checks-summary>{report.summary}</Text>
        </>
      )}
      {file && (
        <ActionButton alignSelf="start" onPress={() => void check()}>
          Check again
        </ActionButton>
      )}
    </Flex>
  );
}

/** A form field that shows the checks and saves nothing. */
export function checksField(fileOfPage: FileOfPage): BasicFormField<null> {
  return {
    kind: 'form',
    label: 'Checks',
    Input: () => <Checks fileOfPage={fileOfPage} />,
    defaultValue: () => null,
    parse: () => null,
    serialize: () => ({ value: undefined }),
    validate: (value) => value,
    reader: { parse: () => null },
  };
}
