package tw.netzero.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;

/**
 * Pages read records from the services, never JPA entities (issue 19, items 1 and 2; decision 0049).
 * For every WAR class this finds the entity classes ({@code @Entity} in the EJB module) it imports, and
 * those that reach it through the types of its fields and methods, read through type arguments and the
 * components of records ({@code PledgeOverview} once carried {@code PledgeVersion}s that no WAR file
 * imported). What a class only uses in a method body without naming it is not seen.
 *
 * <p>{@link #NOT_YET_CONVERTED} lists the pages that still read entities: none since issue 19 (the last ones,
 * the call for solutions' and the secretariat's and members' own records, read records now). It stays
 * empty: a new entity in the WAR fails here.
 */
class NoEntityInTheWarTest {

    private static final String OWN_PACKAGES = "tw.netzero.portal.";
    private static final Pattern IMPORT = Pattern.compile("^import (tw\\.netzero\\.portal\\.[\\w.]+);", Pattern.MULTILINE);

    /** "WAR class → entity", simple names. */
    private static final Set<String> NOT_YET_CONVERTED = Set.of();

    @Test
    void noWarClassReadsAnEntityBeyondThoseNotYetConverted() throws Exception {
        Set<String> found = entityUses();
        Set<String> added = new TreeSet<>(found);
        added.removeAll(NOT_YET_CONVERTED);
        Set<String> converted = new TreeSet<>(NOT_YET_CONVERTED);
        converted.removeAll(found);
        assertEquals(Set.of(), added, "WAR classes reading entities: give them records from the service");
        assertEquals(Set.of(), converted, "no longer read: take them off NOT_YET_CONVERTED");
    }

    @Test
    void seesAnEntityCarriedInsideARecord() {
        // Guards the scan: a record component holding an entity, as PledgeOverview's did, is found.
        record Carrier(List<String> none,
                       Optional<PledgeVersion> carried) {
        }
        Set<Class<?>> reached = new HashSet<>();
        new Reach(reached).type(Carrier.class);
        assertEquals(Set.of(PledgeVersion.class), reached);
    }

    private static Set<String> entityUses() throws IOException, URISyntaxException {
        Path classes = Path.of(NoEntityInTheWarTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Path sources = classes.getParent().getParent().resolve("src/main/java");
        assertTrue(Files.isDirectory(sources), "WAR sources at " + sources);
        Set<String> uses = new TreeSet<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                read++;
                String name = sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                Set<Class<?>> reached = new HashSet<>();
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    loadIfClass(imports.group(1)).filter(type -> type.isAnnotationPresent(Entity.class))
                            .ifPresent(reached::add);
                }
                new Reach(reached).members(load(name));
                String simpleName = name.substring(name.lastIndexOf('.') + 1);
                reached.forEach(entity -> uses.add(simpleName + " → " + entity.getSimpleName()));
            }
        }
        assertTrue(read > 100, "WAR sources read: " + read);
        return uses;
    }

    /** The entity classes a WAR class reaches through its own members' types and the records in them. */
    private record Reach(Set<Class<?>> entities, Set<Class<?>> seen) {

        Reach(Set<Class<?>> entities) {
            this(entities, new HashSet<>());
        }

        void members(Class<?> warClass) {
            for (Class<?> nested : warClass.getDeclaredClasses()) {
                members(nested);
            }
            for (Field field : warClass.getDeclaredFields()) {
                type(field.getGenericType());
            }
            for (Method method : warClass.getDeclaredMethods()) {
                type(method.getGenericReturnType());
                for (Type parameter : method.getGenericParameterTypes()) {
                    type(parameter);
                }
            }
        }

        void type(Type type) {
            if (type instanceof ParameterizedType parameterized) {
                type(parameterized.getRawType());
                for (Type argument : parameterized.getActualTypeArguments()) {
                    type(argument);
                }
            } else if (type instanceof GenericArrayType array) {
                type(array.getGenericComponentType());
            } else if (type instanceof WildcardType wildcard) {
                for (Type bound : wildcard.getUpperBounds()) {
                    type(bound);
                }
            } else if (type instanceof Class<?> plain && seen.add(plain)) {
                if (plain.isArray()) {
                    type(plain.getComponentType());
                } else if (plain.isAnnotationPresent(Entity.class)) {
                    entities.add(plain);
                } else if (plain.isRecord() && plain.getName().startsWith(OWN_PACKAGES)) {
                    for (RecordComponent component : plain.getRecordComponents()) {
                        type(component.getGenericType());
                    }
                }
            }
        }
    }

    private static Optional<Class<?>> loadIfClass(String name) {
        try {
            return Optional.of(Class.forName(name, false, NoEntityInTheWarTest.class.getClassLoader()));
        } catch (ClassNotFoundException notAClass) {
            return Optional.empty(); // a nested type's import or a static import
        }
    }

    private static Class<?> load(String name) {
        return loadIfClass(name).orElseThrow(() -> new AssertionError("cannot load " + name));
    }
}
