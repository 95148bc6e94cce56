// Makes sure the package tests can validate imsmanifest.xml against the SCORM schemas: Debian's
// xmllint (libxml2-utils), installed with apt-get when missing and we are root on Debian.
import { ensureDebianTool } from './lib/apt-install.mjs';

ensureDebianTool('setup-xmllint', '/usr/bin/xmllint', ['libxml2-utils']);
