/**
 * Documents: procedural documents rendered to PDF with an embedded font that has every Kazakh and
 * Russian letter, byte for byte the same for the same input, and stored by the SHA-256 of their
 * bytes, never changed. Modules either lay a paper form out block by block ({@link
 * kz.ecase.documents.Documents#lay}, drawn on PDFBox directly: the protocol and its acts) or render
 * a Thymeleaf template ({@link kz.ecase.documents.Documents#render}, through an HTML engine); who
 * may read a document is decided like for records (its unit and subject).
 */
@ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {"identity", "kernel", "platform"})
package kz.ecase.documents;

import org.springframework.modulith.ApplicationModule;
