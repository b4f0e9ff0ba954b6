export * from './types';
export { Gazetteer, nameForms, allForms } from './gazetteer';
export { validateGazetteer, type GazetteerValidation } from './validate';
export { GazetteerManager, mergeProviders, builtinProvider, BUILTIN_PROVIDER_ID, type MergeResult } from './manager';
export { foldKey } from './names';
export { stripBom, nestsDeeperThan, findEntriesPlace, type EntriesPlace } from './jsonText';
export { findPostOverlaps, postTenures, type PostOverlap, type PostTenure } from './posts';
