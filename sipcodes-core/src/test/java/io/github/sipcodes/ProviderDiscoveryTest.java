package io.github.sipcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How providers are found, in this JVM: {@link ApplicationTexts#installed(ClassLoader)} with the fixture's provider
 * on a class loader's class path, and a fresh copy of the library (in its own class loader, so that its providers
 * are found anew) using the provider from its first call. {@link ProviderFixtureTest} runs the same fixture as an
 * application, in child JVMs, on the module path and on the class path.
 */
class ProviderDiscoveryTest {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

  @Test
  void theProvidersOfAClassLoader_areFoundThroughMetaInfServices() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {ProviderFixture.classes().toUri().toURL()}, ProviderDiscoveryTest.class.getClassLoader())) {
      ApplicationTexts found = ApplicationTexts.installed(loader);
      assertEquals(List.of(Locale.ENGLISH, NORWEGIAN), found.locales());
      Languages languages = new Languages(Languages.OURS, found);
      Explanation norwegian = languages.bundle(Locale.forLanguageTag("nb-NO")).explanation(SipStatus.BUSY_HERE, null);
      assertEquals(NORWEGIAN, norwegian.locale());
      assertEquals("Opptatt", norwegian.summary());
      assertEquals(ProviderFixture.SUPPORT_HINT,
          languages.bundle(Locale.ENGLISH).explanation(SipStatus.BUSY_HERE, null).hints().get(2));
    }
  }

  @Test
  void withoutProviders_nothingIsFound() {
    assertEquals(List.of(), ApplicationTexts.installed(ProviderDiscoveryTest.class.getClassLoader()).locales());
  }

  @Test
  void aFreshLibrary_findsTheProvider_onItsFirstCall() throws Exception {
    try (URLClassLoader library = freshLibrary()) {
      Object supported = call(library, "Explanation", "supportedLocales");
      assertInstanceOf(Set.class, supported);
      assertTrue(((Set<?>) supported).contains(NORWEGIAN), supported::toString);
      Object busy = library.loadClass("io.github.sipcodes.SipResponse").getMethod("of", int.class).invoke(null, 486);
      Object explanation = busy.getClass().getMethod("explain", Locale.class).invoke(busy, NORWEGIAN);
      assertEquals("Opptatt", explanation.getClass().getMethod("summary").invoke(explanation));
    }
  }

  @Test
  void aProviderThatAsksForExplanationsWhileTheProvidersAreFound_isReported_eachTime() throws Exception {
    Path callsBack = ProviderFixture.servicesDeclaring("com.example.texts.CallsBack");
    try (URLClassLoader library = freshLibrary(callsBack)) {
      for (int attempt = 1; attempt <= 2; attempt++) {
        InvocationTargetException thrown =
            assertThrows(InvocationTargetException.class, () -> call(library, "Explanation", "supportedLocales"));
        ServiceConfigurationError e = assertInstanceOf(ServiceConfigurationError.class, thrown.getCause());
        assertEquals("io.github.sipcodes.spi.ExplanationTextProvider: com.example.texts.CallsBack.locales() failed: "
            + "java.util.ServiceConfigurationError: io.github.sipcodes.spi.ExplanationTextProvider: a provider asked"
            + " for explanations while the providers were being found", e.getMessage());
      }
    }
  }

  /** The library's classes and the fixture's, in a class loader of their own, with more service declarations. */
  private static URLClassLoader freshLibrary(Path... services) throws Exception {
    URL[] path = new URL[2 + services.length];
    path[0] = ProviderFixture.libraryClasses().toUri().toURL();
    path[1] = ProviderFixture.classes().toUri().toURL();
    for (int i = 0; i < services.length; i++) {
      path[2 + i] = services[i].toUri().toURL();
    }
    return new OwnClasses(path);
  }

  /**
   * Loads the library's and the fixture's classes itself. A plain {@code URLClassLoader} would not: when this suite
   * runs on the module path, the platform class loader hands the library's packages to the module in the boot layer,
   * already initialized.
   */
  private static final class OwnClasses extends URLClassLoader {
    static {
      registerAsParallelCapable();
    }

    OwnClasses(URL[] path) {
      super(path, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("io.github.sipcodes.") && !name.startsWith("com.example.texts.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = findClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }

  private static Object call(ClassLoader loader, String type, String method) throws Exception {
    Method m = loader.loadClass("io.github.sipcodes." + type).getMethod(method);
    return m.invoke(null);
  }
}
