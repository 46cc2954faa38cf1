/**
 * The terminology check of the texts people read: {@link io.github.sipcodes.glossary.Glossary} reads
 * {@code GLOSSARY.md}, {@link io.github.sipcodes.glossary.GlossaryCheck} holds bundle files to it.
 */
@NullMarked
package io.github.sipcodes.glossary;

import org.jspecify.annotations.NullMarked;
