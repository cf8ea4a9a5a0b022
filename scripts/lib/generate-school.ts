/**
 * A fictional school of any size for the benchmark: pupils with varied needs, ages, one to five
 * targets, strategies from the sample school's bank, staff for every class, group plans and, for
 * some pupils, a review of the plan before. The same seed always gives the same files.
 *
 * Names are made by combining first-name and surname lists, so no generated pupil is a real person
 * on purpose; none of them is an ordinary English word the published pages use ("Will", "May").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fieldsWithin, type AudienceField } from '../../src/lib/content/audience-text.ts';
import { CONTENT_SCHEMAS, metaOf, schemaAt } from '../../src/lib/content/field-meta.ts';
import { AREAS_OF_NEED, type AreaOfNeed } from '../../src/schemas/common.ts';

/** A small, fast, seeded pseudo-random generator (mulberry32): enough for fictional data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'Aarav',
  'Abdirahman',
  'Adaeze',
  'Aditi',
  'Aiyana',
  'Akosua',
  'Alejandro',
  'Alinta',
  'Amani',
  'Anaya',
  'Anouk',
  'Arjun',
  'Aroha',
  'Ayodele',
  'Bartosz',
  'Beatriz',
  'Bilal',
  'Bronwen',
  'Caoimhe',
  'Cosmin',
  'Dagny',
  'Dawit',
  'Deniz',
  'Dilnoza',
  'Eilidh',
  'Emeka',
  'Esra',
  'Ezinne',
  'Fenella',
  'Folake',
  'Gethin',
  'Giedre',
  'Habib',
  'Halima',
  'Hamish',
  'Ifeoma',
  'Ilse',
  'Imogen',
  'Isidro',
  'Jovana',
  'Kacper',
  'Kaveh',
  'Kemi',
  'Kenji',
  'Laila',
  'Lorcan',
  'Lucjan',
  'Maelle',
  'Mairead',
  'Malakai',
  'Marisol',
  'Mehmet',
  'Mihaela',
  'Nadifa',
  'Niamh',
  'Nikolai',
  'Nnamdi',
  'Oisin',
  'Olamide',
  'Oluwaseun',
  'Orla',
  'Paavo',
  'Pranav',
  'Rahima',
  'Rasmus',
  'Rhiannon',
  'Rohan',
  'Ruairi',
  'Saoirse',
  'Seren',
  'Shreya',
  'Siddharth',
  'Sionainn',
  'Soraya',
  'Tadhg',
  'Tamsin',
  'Tariq',
  'Tendai',
  'Thandiwe',
  'Tobiasz',
  'Ugne',
  'Vihaan',
  'Wiktoria',
  'Xanthe',
  'Yannick',
  'Yetunde',
  'Yusra',
  'Zainab',
  'Zbigniew',
  'Zuzanna',
  'Ebrima',
  'Farida',
  'Gwilym',
  'Hafsa',
  'Ieuan',
  'Jurgis',
];
const SURNAMES = [
  'Abernethy',
  'Achterberg',
  'Adebayo',
  'Agnihotri',
  'Alderton',
  'Amankwah',
  'Andrzejewski',
  'Arkwright',
  'Bakshi',
  'Balogun',
  'Bannerjee',
  'Blackwood',
  'Brannigan',
  'Castellanos',
  'Chaudhry',
  'Ciobanu',
  'Dabrowski',
  'Dimitrov',
  'Drummond',
  'Duraisamy',
  'Eberhardt',
  'Ekwueme',
  'Fairbairn',
  'Fitzgerald',
  'Gallacher',
  'Gonzaga',
  'Gudmundsson',
  'Hadjipavlou',
  'Haldane',
  'Hargreaves',
  'Iwu',
  'Jablonski',
  'Kapoor',
  'Karimi',
  'Kowalczyk',
  'Lindqvist',
  'Llewellyn',
  'Macaulay',
  'Mahmoud',
  'Mbeki',
  'McAllister',
  'Nakamura',
  'Ndiaye',
  'Nwachukwu',
  'Oduya',
  'Okonkwo',
  'Olawale',
  'Ostrowski',
  'Pemberton',
  'Petrescu',
  'Quarshie',
  'Radcliffe',
  'Raghunathan',
  'Rzepka',
  'Sandoval',
  'Sarpong',
  'Satterthwaite',
  'Szymanski',
  'Tamaki',
  'Thorburn',
  'Trevelyan',
  'Urquhart',
  'Vasquez',
  'Venkatesan',
  'Wojcik',
  'Yilmaz',
  'Zielinski',
  'Zubair',
  'Abiodun',
  'Brathwaite',
  'Cheung',
];

/**
 * Only names of five letters or more: the leak audit matches names as whole words everywhere,
 * including the base64url ciphertext, where "-" and "_" bound words, and a three-letter name turns
 * up there by chance in a school this size (it did: "Iwu").
 */
const LONG_FIRST_NAMES = FIRST_NAMES.filter((name) => name.length >= 5);
const LONG_SURNAMES = SURNAMES.filter((name) => name.length >= 5);

/** The first day of the plans, the school year 2026 to 2027. */
const PLAN_STARTS = '2026-09-07';
const REVIEW_DATES = ['2026-12-04', '2026-12-11', '2026-12-18', '2027-01-22', '2027-02-05', '2027-02-12'];
const PREVIOUS_REVIEW = '2026-07-08';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
};
const familyWhen = (iso: string) =>
  iso.startsWith('2026-12') ? 'By Christmas' : iso.startsWith('2027-01') ? 'By the end of January' : 'By half term';

interface TargetIdea {
  id: string;
  staff: string;
  family: string;
  pupil: string;
  baseline: string;
  success: string;
  strategies: string[];
  provision?: { what: string; often: string; where: string };
  home: { family: string; pupil: string };
  pupilCommitment: string;
}

/** Target ideas per area of need; {name} is the pupil's preferred name, {date} the target's date. */
const TARGETS: Record<AreaOfNeed, TargetIdea[]> = {
  'cognition-and-learning': [
    {
      id: 'reading-accuracy',
      staff:
        'By {date}, {name} will read aloud an age-appropriate text with no more than 3 errors per 100 words, using phonics to decode new words.',
      family: '{when}, {name} will read a book out loud with only a few mistakes.',
      pupil: 'I will read a book out loud.',
      baseline: '8 errors per 100 words on a running record (15 September 2026)',
      success: '3 or fewer errors per 100 words on two running records a week apart',
      strategies: ['precision-teaching', 'paired-reading'],
      provision: { what: 'Precision teaching of tricky words', often: '3 × 10 minutes a week', where: 'In class, at the quiet table' },
      home: { family: 'Read together for 10 minutes on four nights a week.', pupil: 'I read at home after tea.' },
      pupilCommitment: 'I will sound out a word before I ask for help.',
    },
    {
      id: 'spelling-common-words',
      staff: 'By {date}, {name} will spell 40 of the 50 most common words correctly in a dictated passage.',
      family: '{when}, {name} will spell most common words correctly.',
      pupil: 'I will spell common words.',
      baseline: '22 of 50 common words spelt correctly in dictation (18 September 2026)',
      success: '40 or more of 50 words correct in two dictations a week apart',
      strategies: ['multisensory-phonics', 'precision-teaching'],
      provision: { what: 'Spelling practice with letter tiles', often: '4 × 10 minutes a week', where: 'Small group room' },
      home: { family: 'Practise five words from the list each night.', pupil: 'I practise five words at home.' },
      pupilCommitment: 'I will check my spellings with my word mat.',
    },
    {
      id: 'written-paragraph',
      staff: 'By {date}, {name} will plan and write a paragraph of 5 sentences using a writing frame, in 3 of 4 lessons.',
      family: '{when}, {name} will write five sentences using a plan.',
      pupil: 'I will write five sentences with a plan.',
      baseline: '2 sentences written with adult help (writing sample, 17 September 2026)',
      success: '5 sentences written with the frame only, in 3 of 4 lessons',
      strategies: ['writing-frame', 'story-map'],
      home: { family: 'Ask {name} to tell you a story, then help them write the first line.', pupil: 'I tell stories at home.' },
      pupilCommitment: 'I will use my writing frame every time.',
    },
    {
      id: 'times-tables',
      staff: 'By {date}, {name} will recall the 2, 5 and 10 times tables with 18 of 20 correct in 3 minutes.',
      family: '{when}, {name} will know the 2, 5 and 10 times tables.',
      pupil: 'I will know my 2, 5 and 10 times tables.',
      baseline: '9 of 20 correct in 3 minutes (times tables check, 16 September 2026)',
      success: '18 or more of 20 correct in two checks a week apart',
      strategies: ['precision-teaching', 'visual-timer'],
      provision: { what: 'Times tables practice with a timer', often: '3 × 5 minutes a week', where: 'In class' },
      home: { family: 'Play a times tables game for five minutes each day.', pupil: 'I play times table games.' },
      pupilCommitment: 'I will practise my tables every day.',
    },
    {
      id: 'task-completion',
      staff: 'By {date}, {name} will complete a 20-minute independent task broken into chunks, in 4 of 5 lessons.',
      family: '{when}, {name} will finish work in class on their own.',
      pupil: 'I will finish my work on my own.',
      baseline: '1 of 5 independent tasks finished (class teacher log, 14 September 2026)',
      success: '4 or more of 5 tasks finished, on two weekly logs in a row',
      strategies: ['chunked-tasks', 'visual-timer'],
      home: { family: 'Break jobs at home into small steps and praise each one.', pupil: 'I do one small step at a time.' },
      pupilCommitment: 'I will tick off each step when I finish it.',
    },
  ],
  'communication-and-interaction': [
    {
      id: 'three-key-words',
      staff: 'By {date}, {name} will follow spoken instructions with 3 key words in 8 of 10 trials without gesture.',
      family: '{when}, {name} will follow instructions with three important words.',
      pupil: 'I will do three things when I am asked.',
      baseline: '4 of 10 three-key-word instructions followed (speech and language check, 21 September 2026)',
      success: '8 or more of 10 correct on two checks a week apart',
      strategies: ['chunked-instructions', 'processing-time'],
      provision: { what: 'Language group', often: '3 × 15 minutes a week', where: 'Small group room' },
      home: { family: 'Give one instruction at a time, and wait before you say it again.', pupil: 'I listen to one thing at a time.' },
      pupilCommitment: 'I will ask when I do not understand.',
    },
    {
      id: 'sentence-building',
      staff: 'By {date}, {name} will use sentences of 5 or more words to describe a picture in 8 of 10 attempts.',
      family: '{when}, {name} will talk in longer sentences about a picture.',
      pupil: 'I will say long sentences.',
      baseline: 'Sentences of 2 to 3 words (language sample, 22 September 2026)',
      success: '8 or more of 10 sentences with 5 or more words in two samples',
      strategies: ['colourful-semantics', 'sentence-stems'],
      provision: { what: 'Colourful semantics sessions', often: '2 × 20 minutes a week', where: 'Quiet room' },
      home: { family: 'Talk about a picture book together, and add one word to what {name} says.', pupil: 'I talk about books at home.' },
      pupilCommitment: 'I will try to say a long sentence.',
    },
    {
      id: 'turn-taking',
      staff:
        'By {date}, {name} will take turns in a structured group game for 10 minutes with one adult prompt or fewer, in 4 of 5 sessions.',
      family: '{when}, {name} will take turns in a game with other children.',
      pupil: 'I will take turns in a game.',
      baseline: 'Takes turns for 3 minutes with constant prompts (group session, 23 September 2026)',
      success: '10 minutes with one prompt or fewer, in 4 of 5 sessions',
      strategies: ['lego-therapy', 'social-story'],
      provision: { what: 'Social skills group', often: '1 × 30 minutes a week', where: 'Learning support base' },
      home: { family: 'Play a short board game together and name whose turn it is.', pupil: 'I play games at home and wait my turn.' },
      pupilCommitment: 'I will wait for my turn.',
    },
    {
      id: 'asking-for-help',
      staff: 'By {date}, {name} will ask an adult for help using a help card or words, in 4 of 5 lessons where help is needed.',
      family: '{when}, {name} will ask for help in class.',
      pupil: 'I will ask for help when I am stuck.',
      baseline: 'Asks for help in 1 of 5 lessons (teacher log, 17 September 2026)',
      success: 'Asks for help in 4 or more of 5 lessons, on two weekly logs',
      strategies: ['sentence-stems', 'whiteboard-answers'],
      home: { family: 'Praise {name} each time they ask you for help.', pupil: 'I ask for help at home too.' },
      pupilCommitment: 'I will use my help card.',
    },
  ],
  'social-emotional-and-mental-health': [
    {
      id: 'naming-feelings',
      staff: 'By {date}, {name} will name their zone and choose a calming strategy, in 4 of 5 check-ins.',
      family: '{when}, {name} will say how they feel and choose a way to calm down.',
      pupil: 'I will say how I feel.',
      baseline: 'Names a feeling in 1 of 5 check-ins (key adult log, 15 September 2026)',
      success: '4 or more of 5 check-ins, on two weekly logs in a row',
      strategies: ['zones-of-regulation', 'key-adult-check-in'],
      provision: { what: 'Morning check-in', often: 'Every day, 5 minutes', where: 'Learning support base' },
      home: { family: 'Use the same feelings colours at home, and ask which one {name} is in.', pupil: 'I tell my family my colour.' },
      pupilCommitment: 'I will tell an adult my colour.',
    },
    {
      id: 'calm-down',
      staff: 'By {date}, {name} will use a calm-down strategy and return to the lesson within 10 minutes, in 4 of 5 incidents.',
      family: '{when}, {name} will calm down and go back to class quickly.',
      pupil: 'I will calm down and go back to class.',
      baseline: 'Returns within 10 minutes in 1 of 5 incidents (behaviour log, 18 September 2026)',
      success: '4 or more of 5 incidents, over three weeks',
      strategies: ['calm-breathing', 'exit-card'],
      home: { family: 'Practise slow breathing together at bedtime.', pupil: 'I practise breathing at bedtime.' },
      pupilCommitment: 'I will use my exit card and come back.',
    },
    {
      id: 'transitions',
      staff: 'By {date}, {name} will move between lessons on time with a visual timetable, in 9 of 10 changes.',
      family: '{when}, {name} will move between lessons calmly and on time.',
      pupil: 'I will go to my next lesson on time.',
      baseline: 'On time for 4 of 10 lesson changes (tracking sheet, 16 September 2026)',
      success: '9 or more of 10 changes, on two weekly sheets',
      strategies: ['visual-timetable', 'transition-warning'],
      home: { family: "Look at tomorrow's timetable together each evening.", pupil: 'I look at my timetable at home.' },
      pupilCommitment: 'I will check my timetable.',
    },
    {
      id: 'attendance-mornings',
      staff: 'By {date}, {name} will arrive by 8.50am on 9 of 10 school days, met by the key adult.',
      family: '{when}, {name} will get to school on time almost every day.',
      pupil: 'I will get to school on time.',
      baseline: 'On time on 5 of 10 days (register, 14 September 2026)',
      success: 'On time on 9 or more of 10 days, for three weeks in a row',
      strategies: ['key-adult-check-in', 'now-and-next-board'],
      provision: { what: 'Meet and greet at the gate', often: 'Every day', where: 'School gate' },
      home: { family: 'Pack the school bag the night before.', pupil: 'I pack my bag the night before.' },
      pupilCommitment: 'I will go to bed on time.',
    },
  ],
  'sensory-and-physical': [
    {
      id: 'typing-speed',
      staff: 'By {date}, {name} will touch-type at 20 words per minute with at least 90% accuracy.',
      family: '{when}, {name} will type 20 words a minute.',
      pupil: 'I will type 20 words a minute.',
      baseline: '9 words per minute, 85% accuracy (typing check, 15 September 2026)',
      success: '20 words per minute with 90% accuracy on two checks a week apart',
      strategies: ['touch-typing', 'laptop-for-writing'],
      provision: { what: 'Touch-typing practice', often: '3 × 15 minutes a week', where: 'Library' },
      home: { family: 'Let {name} practise typing for 10 minutes a day.', pupil: 'I practise typing at home.' },
      pupilCommitment: 'I will use all my fingers to type.',
    },
    {
      id: 'handwriting',
      staff: 'By {date}, {name} will write 3 lines legibly with correct letter formation in 4 of 5 samples, using adapted equipment.',
      family: '{when}, {name} will write neatly with a special pen grip.',
      pupil: 'I will write three neat lines.',
      baseline: '1 legible line in 5 samples (writing sample, 17 September 2026)',
      success: '3 legible lines in 4 or more of 5 samples',
      strategies: ['adapted-equipment', 'rest-breaks'],
      provision: { what: 'Fine motor group', often: '2 × 15 minutes a week', where: 'Small group room' },
      home: { family: 'Play with modelling dough to build strong fingers.', pupil: 'I squeeze dough to make my hands strong.' },
      pupilCommitment: 'I will use my pen grip.',
    },
    {
      id: 'sensory-breaks',
      staff: 'By {date}, {name} will ask for a sensory break using a card before becoming overloaded, in 4 of 5 lessons.',
      family: '{when}, {name} will ask for a short break before things get too much.',
      pupil: 'I will ask for a break.',
      baseline: 'Asks for a break in 1 of 5 lessons (teacher log, 16 September 2026)',
      success: '4 or more of 5 lessons, on two weekly logs',
      strategies: ['sensory-break', 'ear-defenders'],
      home: { family: 'Notice when noise is too much, and give {name} a quiet space.', pupil: 'I go somewhere quiet at home.' },
      pupilCommitment: 'I will show my break card.',
    },
    {
      id: 'hearing-in-class',
      staff: 'By {date}, {name} will hand the radio aid to each new teacher at the start of the lesson in 9 of 10 lessons.',
      family: '{when}, {name} will give the radio aid to each teacher on their own.',
      pupil: 'I will give my teacher the radio aid.',
      baseline: 'Hands over the radio aid in 3 of 10 lessons (tracking sheet, 18 September 2026)',
      success: '9 or more of 10 lessons, on two weekly sheets',
      strategies: ['radio-aid', 'deaf-aware-teaching'],
      home: { family: 'Check the radio aid is charged each night.', pupil: 'I charge my radio aid.' },
      pupilCommitment: 'I will give my teacher the radio aid.',
    },
  ],
};

const NEEDS: Record<AreaOfNeed, { staff: string; family: string; pupil: string }[]> = {
  'cognition-and-learning': [
    {
      staff: 'Dyslexia (specialist teacher assessment, 2025). Reading age about 2 years below age.',
      family: '{name} finds reading and spelling harder than most children.',
      pupil: 'Reading and spelling can be tricky for me.',
    },
    {
      staff: 'Moderate learning difficulty; working memory well below average (educational psychologist, 2025).',
      family: '{name} needs more time to learn and remember new things.',
      pupil: 'I need time to remember things.',
    },
    {
      staff: 'Maths difficulty: number facts and place value below age-related expectations.',
      family: '{name} finds numbers and sums hard.',
      pupil: 'Numbers can be hard for me.',
    },
  ],
  'communication-and-interaction': [
    {
      staff: 'Developmental language disorder (NHS speech and language therapist, 2025). Understanding and use of language below age.',
      family: '{name} finds it hard to understand and use words.',
      pupil: 'Talking and listening can be tricky for me.',
    },
    {
      staff: 'Autism (diagnosed 2024). Finds unstructured social time and changes to routine hard.',
      family: '{name} likes routine. Changes and busy times can be hard.',
      pupil: 'I like to know what happens next.',
    },
    {
      staff: 'Speech sound difficulties; some sounds not yet clear to unfamiliar listeners.',
      family: 'Some of the sounds {name} says are not clear yet.',
      pupil: 'Some sounds are hard to say.',
    },
  ],
  'social-emotional-and-mental-health': [
    {
      staff: 'Anxiety, especially about tests and new places; low attendance last year (88%).',
      family: '{name} can feel worried, mostly about tests and new places.',
      pupil: 'Sometimes I feel worried.',
    },
    {
      staff: 'ADHD (diagnosed 2025). Attention and impulse control difficulties in lessons.',
      family: '{name} finds it hard to sit still and focus for long.',
      pupil: 'Sitting still is hard for me.',
    },
    {
      staff: 'Difficulty managing strong feelings; several incidents of leaving class last year.',
      family: '{name} has big feelings that can be hard to handle.',
      pupil: 'I have big feelings sometimes.',
    },
  ],
  'sensory-and-physical': [
    {
      staff: 'Moderate hearing loss in both ears; wears hearing aids and uses a radio aid.',
      family: '{name} has a hearing loss and wears hearing aids.',
      pupil: 'I wear hearing aids.',
    },
    {
      staff: 'Developmental coordination disorder; handwriting slow and effortful.',
      family: 'Writing and some movements are hard work for {name}.',
      pupil: 'Writing makes my hand tired.',
    },
    {
      staff: 'Sensory processing differences: sensitive to noise and busy spaces.',
      family: 'Loud noise and busy places can be too much for {name}.',
      pupil: 'Loud noise is hard for me.',
    },
  ],
};

const STRENGTHS = [
  {
    staff: 'Strong verbal reasoning; confident in class discussion.',
    family: '{name} explains ideas clearly.',
    pupil: 'I am good at explaining.',
  },
  { staff: 'Creative and skilled in art and design.', family: '{name} is great at drawing and making things.', pupil: 'I am good at art.' },
  {
    staff: 'Kind and patient with peers; a reliable helper.',
    family: '{name} is a kind friend who helps others.',
    pupil: 'I am a kind friend.',
  },
  { staff: 'Good at sport; works well in a team.', family: '{name} loves sport and is a good team player.', pupil: 'I am good at sport.' },
  { staff: 'Strong at maths reasoning and puzzles.', family: '{name} is good at maths puzzles.', pupil: 'I like maths puzzles.' },
  {
    staff: 'Enthusiastic about science and asks good questions.',
    family: '{name} asks great questions in science.',
    pupil: 'I love science.',
  },
];
const ADMIRE = [
  'I make people laugh',
  'I help my friends',
  'I am good at drawing',
  'I try hard',
  'I am good at football',
  'I am kind to animals',
  'I build great models',
];
const IMPORTANT = ['My family', 'My dog', 'Swimming on Saturday', 'My grandparents', 'Playing games with my cousins', 'My bike', 'Music'];
const HELPS = [
  'Instructions written down',
  'Time to think',
  'A quiet place to work',
  'Pictures with the words',
  'A break when I need one',
  'Knowing what comes next',
];
const WISHES = [
  'I get tired after a lot of reading.',
  'I know more than I can write down.',
  'Loud rooms make it hard to think.',
  'I worry about getting things wrong.',
];

/** Strategy ids for each area, for whole-day strategies. */
const DAY_STRATEGIES: Record<AreaOfNeed, string[]> = {
  'cognition-and-learning': ['coloured-overlay', 'written-instructions', 'computer-reader', 'chunked-tasks'],
  'communication-and-interaction': ['processing-time', 'visual-timetable', 'pre-teaching-vocabulary', 'choice-board'],
  'social-emotional-and-mental-health': ['movement-break', 'planned-questions', 'now-and-next-board', 'exit-card'],
  'sensory-and-physical': ['own-copy-of-board', 'modified-large-print', 'ear-defenders', 'rest-breaks'],
};

const YEARS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Forms in each year group; primary classes are named after letters, secondary forms too. */
const FORM_LETTERS = ['A', 'B', 'C', 'D', 'E'];
const STAFF_FIRST = [
  'Alison',
  'Bernard',
  'Carol',
  'Declan',
  'Elspeth',
  'Francis',
  'Gillian',
  'Howard',
  'Ingrid',
  'Julian',
  'Kathleen',
  'Lionel',
  'Moira',
  'Nigel',
  'Olwen',
  'Percy',
  'Rosalind',
  'Stuart',
  'Trudy',
  'Vernon',
];
const STAFF_SURNAMES = [
  'Ashdown',
  'Bellamy',
  'Crossley',
  'Dunmore',
  'Ellwood',
  'Fairclough',
  'Greenhalgh',
  'Hollins',
  'Ingham',
  'Jessop',
  'Kershaw',
  'Lumley',
  'Marsden',
  'Nuttall',
  'Ormerod',
  'Pickles',
  'Rushworth',
  'Sutcliffe',
  'Tattersall',
  'Whitworth',
];

export interface GenerateOptions {
  pupils: number;
  seed?: number;
  /** The sample school's folder, whose strategy bank and glossary the school reuses. */
  sample: string;
}

/** Every file of the school: its path in the content folder, and its text. */
export function generateSchool({ pupils: count, seed = 1, sample }: GenerateOptions): Map<string, string> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickSome = <T>(list: readonly T[], n: number): T[] => {
    const pool = [...list];
    const chosen: T[] = [];
    while (chosen.length < n && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
    return chosen;
  };
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(sample, 'strategies')).sort()) {
    files.set(`strategies/${name}`, readFileSync(path.join(sample, 'strategies', name), 'utf8'));
  }
  files.set('glossary.yaml', readFileSync(path.join(sample, 'glossary.yaml'), 'utf8'));

  // Enough forms that classes hold about 25 pupils with plans or fewer.
  const formsPerYear = Math.max(1, Math.min(FORM_LETTERS.length, Math.ceil(count / YEARS.length / 25)));
  const classes = YEARS.flatMap((year) =>
    FORM_LETTERS.slice(0, formsPerYear).map((letter) => ({ year, name: `${year === 0 ? 'R' : year}${letter}` })),
  );
  const staff: { id: string; name: string; role: string; classes: string[] }[] = [];
  const staffName = (index: number) => {
    const title = ['Mrs', 'Mr', 'Ms', 'Miss'][index % 4] as string;
    const first = STAFF_FIRST[index % STAFF_FIRST.length] as string;
    const surname = STAFF_SURNAMES[Math.floor(index / STAFF_FIRST.length) % STAFF_SURNAMES.length] as string;
    const round = Math.floor(index / (STAFF_FIRST.length * STAFF_SURNAMES.length));
    return { title, first, surname: round > 0 ? `${surname}-${round + 1}` : surname };
  };
  const addStaff = (role: string, classList: string[]) => {
    const { title, first, surname } = staffName(staff.length);
    const id = `${title.toLowerCase()}-${first.toLowerCase()}-${surname.toLowerCase()}`;
    staff.push({ id, name: `${title} ${first} ${surname}`, role, classes: classList });
    return id;
  };
  const senco = addStaff('SENCO, assistant headteacher', []);
  const teacherOf = new Map<string, string>();
  for (const form of classes)
    teacherOf.set(form.name, addStaff(form.year <= 6 ? `Class teacher, ${form.name}` : `Form tutor ${form.name}`, [form.name]));
  const assistants = YEARS.map((year) =>
    addStaff(
      `Teaching assistant, ${year === 0 ? 'Reception' : `Year ${year}`}`,
      classes.filter((form) => form.year === year).map((form) => form.name),
    ),
  );
  addStaff('Learning mentor', []);

  files.set(
    'school.yaml',
    [
      '# A generated school for the benchmark. Every person in it is fictional.',
      `name: Generated Academy (${count} pupils, seed ${seed})`,
      'phase: all-through',
      `senco: ${senco}`,
      'contact:',
      '  office: 01632 960 999',
      '  email: send@generated.example.sch.uk',
      '  hours: Monday to Friday, 8.15am to 4pm',
      'reviewCycle: termly',
      'access:',
      '  familyPassphrase: false',
      'quality:',
      '  strict: false',
      '',
    ].join('\n'),
  );
  files.set(
    'staff.yaml',
    `# Generated staff. All people are fictional.\n${staff
      .map((member) =>
        [
          `- id: ${member.id}`,
          `  name: ${member.name}`,
          `  role: ${member.role}`,
          ...(member.classes.length ? [`  classes: [${member.classes.join(', ')}]`] : []),
        ].join('\n'),
      )
      .join('\n\n')}\n`,
  );

  // One reading group per year group, for pupils with a cognition and learning need.
  const groupOf = (year: number) => `year-${year === 0 ? 'r' : year}-reading`;
  const groupsUsed = new Set<number>();

  const usedIds = new Set<string>();
  for (let index = 0; index < count; index++) {
    const first = pick(LONG_FIRST_NAMES);
    const surname = pick(LONG_SURNAMES);
    let id = `${first}-${surname}`.toLowerCase();
    for (let n = 2; usedIds.has(id); n++) id = `${first}-${surname}-${n}`.toLowerCase();
    usedIds.add(id);
    const form = pick(classes);
    const year = form.year;
    const born = birthDate(year, random);
    const reviewBy = pick(REVIEW_DATES);
    const areas = pickSome(AREAS_OF_NEED, 1 + Math.floor(random() * 2.2));
    const ehcp = random() < 0.15;
    const targetCount = 1 + Math.floor(random() * 5);
    const ideas = pickSome(
      areas.flatMap((area) => TARGETS[area].map((idea) => ({ area, idea }))),
      targetCount,
    );
    const fill = (text: string, date = reviewBy) =>
      text.replaceAll('{name}', first).replaceAll('{date}', longDate(date)).replaceAll('{when}', familyWhen(date));
    const hasReview = random() < 0.3;
    const inGroup = areas.includes('cognition-and-learning') && random() < 0.4;
    if (inGroup) groupsUsed.add(year);
    const lines: string[] = [
      '---',
      `name: ${first} ${surname}`,
      `preferredName: ${first}`,
      `pronouns: ${pick(['she/her', 'he/him', 'they/them'])}`,
      `dateOfBirth: ${born}`,
      `yearGroup: ${year === 0 ? 'R' : year}`,
      `className: ${form.name}`,
      `status: ${ehcp ? 'ehcp' : 'sen-support'}`,
      `keyAdult: ${random() < 0.5 ? teacherOf.get(form.name) : assistants[year]}`,
      'plan:',
      `  starts: ${PLAN_STARTS}`,
      `  reviewBy: ${reviewBy}`,
      '  reviewCycle: termly',
      '  agreedWith: { family: 2026-09-18, pupil: 2026-09-18 }',
      'needs:',
      ...areas.flatMap((area) => {
        const need = pick(NEEDS[area]);
        return [
          `  - area: ${area}`,
          `    staff: ${yaml(fill(need.staff))}`,
          `    family: ${yaml(fill(need.family))}`,
          `    pupil: ${yaml(need.pupil)}`,
        ];
      }),
      'strengths:',
      ...pickSome(STRENGTHS, 1 + Math.floor(random() * 2)).flatMap((strength) => [
        `  - staff: ${yaml(strength.staff)}`,
        `    family: ${yaml(fill(strength.family))}`,
        `    pupil: ${yaml(strength.pupil)}`,
      ]),
      'aboutMe:',
      `  admire: [${pickSome(ADMIRE, 2).join(', ')}]`,
      `  important: [${pickSome(IMPORTANT, 2).join(', ')}]`,
      `  helpsMe: [${pickSome(HELPS, 2).join(', ')}]`,
      `  wishTeachersKnew: ${yaml(pick(WISHES))}`,
    ];
    if (ehcp) {
      lines.push(
        'ehcp:',
        '  issued: 2025-03-01',
        '  annualReview: 2027-03-01',
        '  outcomes:',
        '    - id: independence',
        `      staff: ${yaml(`By the end of Key Stage ${year <= 2 ? 1 : year <= 6 ? 2 : 4}, ${first} will manage the school day with less adult support.`)}`,
        `      family: ${yaml(`${first} will need less help from adults during the day.`)}`,
        '      pupil: I will do more things on my own.',
      );
    }
    lines.push('targets:');
    for (const { area, idea } of ideas) {
      const by = reviewBy;
      lines.push(
        `  - id: ${idea.id}`,
        `    area: ${area}`,
        `    staff: ${yaml(fill(idea.staff, by))}`,
        `    family: ${yaml(fill(idea.family, by))}`,
        `    pupil: ${yaml(idea.pupil)}`,
        `    baseline: ${yaml(idea.baseline)}`,
        `    successCriteria: ${yaml(idea.success)}`,
        `    by: ${by}`,
        `    strategies: [${idea.strategies.join(', ')}]`,
      );
      if (ehcp) lines.push('    ehcpOutcome: independence');
      if (idea.provision) {
        lines.push(
          '    provision:',
          `      - what: ${yaml(idea.provision.what)}`,
          `        who: ${assistants[year]}`,
          `        often: ${yaml(idea.provision.often)}`,
          `        where: ${yaml(idea.provision.where)}`,
        );
      }
      lines.push(...fieldsWithin('plan', TARGET).flatMap((field) => fieldLines(field, idea, fill)));
      if (random() < 0.6) {
        lines.push(
          '    progress:',
          '      - date: 2026-10-16',
          `        status: ${pick(['on-track', 'on-track', 'needs-attention', 'not-started'])}`,
          `        staff: ${yaml('Half-term check: moving towards the success criteria.')}`,
          `        family: ${yaml(`${first} is making steady progress.`)}`,
          '        pupil: I am getting better!',
        );
      }
    }
    lines.push('strategies:');
    for (const ref of pickSome([...new Set(areas.flatMap((area) => DAY_STRATEGIES[area]))], 2 + Math.floor(random() * 3)))
      lines.push(`  - ref: ${ref}`);
    if (random() < 0.3) lines.push(`  - staff: ${yaml('Seat near the front, away from the door.')}`, '    pupil: I sit near the front.');
    lines.push('medical: { staff: No medical needs recorded. }', 'confidential: Nothing recorded.');
    lines.push(
      'responsibilities:',
      '  senco: Checks progress every half term and chairs the review.',
      '  family: Helping at home as agreed.',
      '  pupil: Trying the strategies in every lesson.',
    );
    if (inGroup) lines.push(`groups: [${groupOf(year)}]`);
    const earlier = hasReview
      ? pickSome(
          areas.flatMap((area) => TARGETS[area].map((idea) => ({ area, idea }))),
          2,
        )
      : [];
    if (hasReview) {
      lines.push('earlierTargets:');
      for (const { area, idea } of earlier) {
        lines.push(
          `  - id: earlier-${idea.id}`,
          `    area: ${area}`,
          `    staff: ${yaml(fill(idea.staff, '2026-07-10'))}`,
          `    family: ${yaml(fill(idea.family, '2026-07-10').replace(/^By [^,]+,/, 'By July,'))}`,
          `    pupil: ${yaml(idea.pupil)}`,
          '    by: 2026-07-10',
          `    strategies: [${idea.strategies.join(', ')}]`,
        );
      }
    }
    lines.push('---', '<ForFamily>', `If you would like to talk before the review, ring the school office.`, '</ForFamily>', '');
    files.set(`pupils/${id}/plan.mdx`, lines.join('\n'));

    if (hasReview) {
      const review = [
        '---',
        `attended: [${senco}, ${teacherOf.get(form.name)}, "Parent or carer", ${first}]`,
        `pupilViews: ${yaml('I like the help I get. I want to keep my breaks.')}`,
        `familyViews: ${yaml(`${first} is happier at school this year.`)}`,
        'outcomes:',
        ...earlier.flatMap(({ idea }, n) => {
          const outcome = n === 0 ? 'achieved' : pick(['partly-achieved', 'not-achieved', 'achieved']);
          return [
            `  - target: earlier-${idea.id}`,
            `    outcome: ${outcome}`,
            `    evidence: ${yaml('Checked against the success criteria at the end of term (7 July 2026).')}`,
            `    decision: ${outcome === 'achieved' ? 'new-target' : pick(['carry-on', 'smaller-step', 'change-strategy'])}`,
            `    family: ${yaml(outcome === 'achieved' ? `${first} reached this goal.` : `${first} is still working on this goal.`)}`,
            `    pupil: ${yaml(outcome === 'achieved' ? 'I did it!' : 'I am still working on it.')}`,
          ];
        }),
        `nextSteps: ${yaml('New plan from September with the targets agreed at this meeting.')}`,
        '---',
        'The meeting looked at each target and agreed the next plan.',
        '',
      ];
      files.set(`pupils/${id}/reviews/${PREVIOUS_REVIEW}.mdx`, review.join('\n'));
    }
  }

  for (const year of [...groupsUsed].sort((a, b) => a - b)) {
    const label = year === 0 ? 'Reception' : `Year ${year}`;
    files.set(
      `groups/${groupOf(year)}.mdx`,
      [
        '---',
        `title: ${label} reading group`,
        'areas: [cognition-and-learning]',
        `lead: ${assistants[year]}`,
        `starts: ${PLAN_STARTS}`,
        'reviewBy: 2026-12-04',
        'targets:',
        '  - id: reading-fluency',
        '    area: cognition-and-learning',
        '    staff: By 4 December 2026, each pupil will read an age-appropriate text at 80 words per minute with 95% accuracy.',
        '    family: By Christmas, your child will read more smoothly.',
        '    pupil: I will read more smoothly.',
        '    baseline: Between 45 and 60 words per minute (group check, 14 September 2026)',
        '    successCriteria: 80 words per minute with 95% accuracy on two checks a week apart',
        '    by: 2026-12-04',
        '    strategies: [paired-reading, precision-teaching]',
        'strategies: [paired-reading, precision-teaching]',
        'provision:',
        '  - what: Reading group',
        `    who: ${assistants[year]}`,
        '    often: 3 × 20 minutes a week',
        '    where: Library',
        '---',
        '<ForFamily>',
        'Your child reads in a small group three times a week.',
        '</ForFamily>',
        '',
      ].join('\n'),
    );
  }
  return files;
}

const TARGET = ['targets', '*'];

/**
 * A target's audience field (audience-text.ts), in the idea's words, or else in the first example
 * its schema gives, so a new field is generated without changing this file.
 */
function fieldLines(field: AudienceField, idea: TargetIdea, fill: (text: string) => string): string[] {
  const key = field.path.at(-1)!;
  const value: unknown =
    (idea as unknown as Record<string, unknown>)[key] ??
    (metaOf(schemaAt(CONTENT_SCHEMAS.plan, field.path)!)?.examples as unknown[] | undefined)?.[0];
  if (value === undefined) return [];
  if (field.text) return typeof value === 'string' ? [`    ${key}: ${yaml(fill(value))}`] : [];
  const wordings = value as Record<string, unknown>;
  return [
    `    ${key}:`,
    ...field.wordings.flatMap((audience) =>
      typeof wordings[audience] === 'string' ? [`      ${audience}: ${yaml(fill(wordings[audience]))}`] : [],
    ),
  ];
}

/** A birthday that fits the year group in the school year 2026 to 2027. */
function birthDate(year: number, random: () => number): string {
  const start = Date.UTC(2021 - year, 8, 1);
  const day = Math.floor(random() * 365);
  return new Date(start + day * 86_400_000).toISOString().slice(0, 10);
}

/** A YAML scalar: quoted when plain would be read differently. */
function yaml(text: string): string {
  return /^[\w(]/.test(text) && !/[:#]\s|\s#|:$|^(yes|no|true|false|null|on|off)$/i.test(text) && !/["'[\]{},&*!|>%@`]/.test(text)
    ? text
    : JSON.stringify(text);
}
