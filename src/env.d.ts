interface ImportMetaEnv {
  /** True in the LMS package build (`npm run export:scorm`), false on the site; set in astro.config.mjs. */
  readonly SCORM_PACKAGE: boolean;
}
