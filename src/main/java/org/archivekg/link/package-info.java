/**
 * Relations between documents: quotations (text reuse), replies and references, documents carried inside
 * others. Entry point: {@link org.archivekg.link.Linker}. Depends on {@code source}, {@code extract} and {@code resolve}.
 */
package org.archivekg.link;
