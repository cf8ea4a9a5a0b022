/**
 * A remark plugin for plan, group and review bodies: any text not inside <ForStaff>, <ForFamily>
 * or <ForPupil> is wrapped in <ForStaff>, so unwrapped text reaches staff only (private by default).
 */
import { AUDIENCE_COMPONENTS, AUDIENCE_SECTION } from './body-rules.ts';

interface MdNode {
  type: string;
  name?: string | null;
  children?: MdNode[];
  attributes?: unknown[];
}

const AUDIENCES = new Set(AUDIENCE_COMPONENTS);
const KEEP_AS_IS = new Set(['mdxjsEsm', 'yaml', 'toml']);

export function remarkStaffByDefault() {
  return (tree: MdNode) => {
    const children: MdNode[] = [];
    let run: MdNode[] = [];
    const flush = () => {
      if (run.length > 0) children.push({ type: 'mdxJsxFlowElement', name: 'ForStaff', attributes: [], children: run });
      run = [];
    };
    for (const node of tree.children ?? []) {
      const isAudience = node.type === 'mdxJsxFlowElement' && AUDIENCES.has(node.name ?? '');
      if (isAudience || KEEP_AS_IS.has(node.type)) {
        flush();
        children.push(node);
      } else run.push(node);
    }
    flush();
    tree.children = children;
  };
}

const COMMENTS = /\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g;

/** Whether a body holds anything for staff: text in <ForStaff>, or outside every audience section. */
export function hasStaffText(body: string): boolean {
  const staffText = body.replace(AUDIENCE_SECTION, (_section, audience: string, _attributes, text: string) => (audience === 'Staff' ? text : ''));
  return staffText.replace(COMMENTS, '').trim() !== '';
}
