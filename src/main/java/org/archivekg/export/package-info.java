/** Tables and graph files for other tools. Entry point: {@link org.archivekg.export.Catalogue}. */
package org.archivekg.export;
