/**
 * Read aloud with the Web Speech API, made for a young reader: a play button always on the page,
 * pause and carry on, a speed, "Read from here" after each section heading, and a tap on a sentence
 * to hear it and what follows. The sentence being read is highlighted. Each sentence is said in a
 * voice for its language when the device has one.
 *
 * Pausing cancels the sentence being said and carrying on says it again from its start: some
 * engines' own pause() stops for good, or does nothing.
 */
import { pageSentences, sentenceAt, type Sentence } from './page-sentences.ts';

export interface Player {
  play: HTMLButtonElement;
  stop: HTMLButtonElement;
  status: HTMLElement;
  /** The speech rate the reader chose: 1 is the device's normal speed. */
  rate: () => number;
}

type State = 'idle' | 'playing' | 'paused';

const LABELS: Record<State | 'here', string> = { idle: 'Read aloud', playing: 'Pause', paused: 'Carry on reading', here: 'Read from here' };

/** The player's words: English, or the page's own language when it gives them (the family view sets data-wp-labels). */
function labelsOf(play: HTMLElement): Record<State | 'here', string> {
  try {
    return { ...LABELS, ...(JSON.parse(play.dataset['wpLabels'] ?? '{}') as Partial<Record<State | 'here', string>>) };
  } catch {
    return LABELS;
  }
}

/** How long after the page opens it waits for the device to say it has its voices. */
const VOICE_WAIT = 1000;

/**
 * The device's voices, asked for as soon as the page opens. Chromium fills the list a moment after
 * the page first asks and fires `voiceschanged`; Firefox knows its list at once and never fires it
 * when there is none; speech-dispatcher on Linux can take seconds to list thousands. So the wait runs
 * from the page opening, not from the press of "Read aloud": pressed after that, the page answers at
 * once, and a list that arrives later still replaces the one it had.
 */
function watchVoices(synth: SpeechSynthesis): () => SpeechSynthesisVoice[] | Promise<SpeechSynthesisVoice[]> {
  let known = synth.getVoices().length > 0;
  const ready = known
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const done = () => {
          known = true;
          resolve();
        };
        synth.addEventListener?.('voiceschanged', done, { once: true });
        setTimeout(done, VOICE_WAIT);
      });
  return () => (known ? synth.getVoices() : ready.then(() => synth.getVoices()));
}

const tag = (lang: string) => lang.replace('_', '-').toLowerCase();

/** The voice for a language: the same language and region, British English for English, or the same language. */
function voiceFor(lang: string, voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const wanted = tag(lang);
  const base = wanted.split('-')[0];
  return (
    voices.find((voice) => tag(voice.lang) === wanted) ??
    (base === 'en' ? voices.find((voice) => tag(voice.lang) === 'en-gb') : undefined) ??
    voices.find((voice) => tag(voice.lang).split('-')[0] === base)
  );
}

const languageName = (lang: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang.split('-')[0]!) ?? lang;
  } catch {
    return lang;
  }
};

/** What to tell the reader about the voices that will read: said once, when reading starts. */
function voiceNote(sentences: Sentence[], voices: SpeechSynthesisVoice[]): string {
  const langs = [...new Set(sentences.map((sentence) => tag(sentence.lang)))];
  const notes = langs.flatMap((lang) => {
    const voice = voiceFor(lang, voices);
    if (lang.startsWith('en')) {
      return voice && tag(voice.lang) === 'en-gb' ? [] : ['This device has no British English voice, so another voice is reading.'];
    }
    return voice ? [] : [`This device has no ${languageName(lang)} voice, so the device's own voice reads those parts.`];
  });
  return ['Reading aloud.', ...notes].join(' ');
}

export function wireReadAloud(area: HTMLElement, player: Player): { rateChanged: () => void } {
  let state: State = 'idle';
  let queue: Sentence[] = [];
  let index = 0;
  let voices: SpeechSynthesisVoice[] = [];
  // Each sentence said gets a number; events from one that was stopped are ignored.
  let said = 0;
  // Ask for the voices as the page opens (see watchVoices), once the browser is idle after the first
  // frame that shows it: listing them holds the main thread for milliseconds (3 to 7 in Chromium
  // traces), which a task straight after that frame took from the frame after it. Nobody presses
  // Read aloud unseen. Safari has no requestIdleCallback: a task after the first frame there.
  let voicesNow: ReturnType<typeof watchVoices> | undefined;
  const askVoices = () => (voicesNow ??= 'speechSynthesis' in window ? watchVoices(speechSynthesis) : undefined);
  requestAnimationFrame(() => (window.requestIdleCallback ?? setTimeout)(askVoices));
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlighter = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;

  const say = (message: string) => (player.status.textContent = message);
  const setState = (next: State) => {
    state = next;
    player.play.querySelector('[data-wp-label]')!.textContent = labelsOf(player.play)[next];
    player.play.dataset['wpState'] = next;
    player.stop.hidden = next === 'idle';
  };
  const mark = (sentence?: Sentence) => {
    document.querySelector('[data-wp-reading-now]')?.removeAttribute('data-wp-reading-now');
    highlights?.delete('wp-reading');
    if (!sentence) return;
    sentence.block.setAttribute('data-wp-reading-now', '');
    if (highlights && Highlighter) highlights.set('wp-reading', new Highlighter(sentence.range));
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    sentence.block.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  };
  const finish = (message: string) => {
    said += 1;
    speechSynthesis.cancel();
    mark();
    setState('idle');
    say(message);
  };
  const speakCurrent = () => {
    const sentence = queue[index];
    if (!sentence) {
      finish('Finished reading the page.');
      return;
    }
    const mine = ++said;
    mark(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    const voice = voiceFor(sentence.lang, voices);
    utterance.lang = voice?.lang ?? sentence.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = player.rate();
    utterance.onstart = () => mine === said && mark(sentence);
    utterance.onend = () => {
      if (mine !== said || state !== 'playing') return;
      index += 1;
      speakCurrent();
    };
    utterance.onerror = (event) => {
      if (mine !== said || event.error === 'interrupted' || event.error === 'canceled') return;
      finish('Reading aloud stopped: this device could not say the next sentence.');
    };
    speechSynthesis.speak(utterance);
  };
  /** Starts (or starts again) from a sentence the reader chose, if they chose one. */
  const startAt = async (from: (sentences: Sentence[]) => number) => {
    const voicesNow = askVoices();
    if (!voicesNow || typeof SpeechSynthesisUtterance === 'undefined') {
      say('Read aloud does not work in this browser. Another browser, or the device’s own screen reader, can read the page.');
      return;
    }
    const now = voicesNow();
    if (Array.isArray(now)) voices = now;
    else {
      say('Getting ready to read…');
      voices = await now;
    }
    if (voices.length === 0) {
      say(
        'This device has no voices for reading aloud. A voice can be added in the device’s settings, or its screen reader can read the page.',
      );
      return;
    }
    const sentences = pageSentences(area);
    const at = from(sentences);
    if (at < 0) return;
    said += 1;
    speechSynthesis.cancel();
    queue = sentences;
    index = at;
    if (state === 'idle') say(voiceNote(queue, voices));
    setState('playing');
    speakCurrent();
  };

  player.play.addEventListener('click', () => {
    if (state === 'playing') {
      said += 1;
      speechSynthesis.cancel();
      setState('paused');
      say('Paused. Press “Carry on reading” to go on.');
    } else if (state === 'paused') {
      setState('playing');
      say('Reading aloud.');
      speakCurrent();
    } else void startAt(() => 0);
  });
  player.stop.addEventListener('click', () => finish('Stopped reading.'));

  // "Read from here" after each section's heading, on the family and pupil views (staff pages print).
  const sections = document.body.classList.contains('wp-view--staff') ? [] : area.querySelectorAll<HTMLElement>('h2');
  sections.forEach((heading, number) => {
    if (heading.closest('[data-wp-reading]')) return;
    heading.id ||= `wp-section-${number + 1}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'wp-read-here';
    button.dataset['wpSay'] = 'rt-here';
    button.textContent = labelsOf(player.play).here;
    button.setAttribute('aria-describedby', heading.id);
    button.addEventListener(
      'click',
      () => void startAt((sentences) => sentences.findIndex((sentence) => heading.contains(sentence.block))),
    );
    heading.after(button);
  });

  // A tap on a sentence: while reading, go there; on a page that asks for it, start there.
  const tapToStart = area.querySelector('[data-wp-tap-to-read]') !== null;
  area.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('a,button,input,select,textarea,label,summary,[data-wp-reading]')) return;
    if (!getSelection()?.isCollapsed) return;
    if (state === 'idle' && !tapToStart) return;
    void startAt((sentences) => sentenceAt(sentences, target, event.clientX, event.clientY));
  });
  setState('idle');
  return {
    /** The reader changed the speed: say the sentence being read again, at the new speed. */
    rateChanged: () => {
      if (state !== 'playing') return;
      said += 1;
      speechSynthesis.cancel();
      speakCurrent();
    },
  };
}
