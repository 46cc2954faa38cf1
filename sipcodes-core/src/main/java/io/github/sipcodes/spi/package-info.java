/**
 * The service provider interface through which an application adds a language to sipcodes' explanations, or puts its
 * own wording in place of any of their texts, without changing the library: {@link
 * io.github.sipcodes.spi.ExplanationTextProvider}. This package holds the contract and nothing else, like {@code
 * java.util.spi}; the keys the texts are stored under are documented in {@link io.github.sipcodes.Explanation}.
 *
 * @see java.util.ServiceLoader
 */
@NullMarked
package io.github.sipcodes.spi;

import org.jspecify.annotations.NullMarked;
