/** The embedded Fuseki server. Entry point: {@link org.archivekg.server.ArchiveServer}. */
package org.archivekg.server;
