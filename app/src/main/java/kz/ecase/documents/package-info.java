/**
 * Documents: procedural documents rendered from Thymeleaf templates to PDF with an embedded font
 * that has every Kazakh and Russian letter, byte for byte the same for the same input, and stored
 * by the SHA-256 of their bytes, never changed. Modules call {@link
 * kz.ecase.documents.Documents#render}; who may read a document is decided like for records (its
 * unit and subject).
 */
@ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {"identity", "kernel", "platform"})
package kz.ecase.documents;

import org.springframework.modulith.ApplicationModule;
