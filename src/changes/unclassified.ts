/**
 * The classification id of a difference no entry classified (no table for the scheme, or no catch-all):
 * nothing is dropped. Apart from the classifier so that checking overrides loads no expression engine.
 */
export const unclassifiedId = 'unclassified';
