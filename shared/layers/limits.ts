/** The most features one request may return; more are reported as `truncated`. */
export const FEATURE_LIMIT_MAX = 5000;
export const FEATURE_LIMIT_DEFAULT = 1000;
