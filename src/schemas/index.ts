/** Every content schema, one concept per file. */
export * from './common.ts';
export * from './school.ts';
export * from './staff.ts';
export * from './glossary.ts';
export * from './strategy.ts';
export * from './group.ts';
export * from './plan.ts';
export * from './target.ts';
export * from './review.ts';
export * from './progress.ts';
export * from './provision.ts';
export * from './year-group.ts';
export * from './strategy-use.ts';
export * from './alert.ts';
export * from './symbols.ts';
export * from './symbol-manifest.ts';
