package tw.netzero.portal.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On a deployment group the HTTP session, with the view-scoped beans Faces keeps in it, is copied
 * to another instance through the Domain Data Grid (issue 13, decision 0023): everything it holds
 * must be serializable, or a member's form fails after a failover. This reads every view- and
 * session-scoped bean of the WAR, field by field and through the type arguments of collections,
 * so that a new field of a type that cannot be serialized fails here rather than in production.
 * Injected fields are left out: the container's proxies of EJBs and CDI beans serialize.
 */
class SessionStateSerializableTest {

    private static final String WEB_PACKAGE = "tw.netzero.portal.web";

    /** Interfaces whose usual implementations (ArrayList, HashMap, List.of, ...) serialize. */
    private static final Set<Class<?>> SERIALIZABLE_CONTAINERS = Set.of(List.class, Set.class, Map.class,
            Collection.class);

    @Test
    void findsTheViewScopedBeans() throws Exception {
        // Guards the scan itself: a test that finds nothing cannot fail.
        assertTrue(sessionStateBeans().size() >= 15, "view-scoped beans found: " + sessionStateBeans());
    }

    @Test
    void everyFieldOfEverySessionOrViewScopedBeanSerializes() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : sessionStateBeans()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFreshBeanSerializes() throws Exception {
        for (Class<?> bean : sessionStateBeans()) {
            var constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object fresh = constructor.newInstance();
            assertDoesNotThrow(() -> serialize(fresh), bean.getName());
        }
    }

    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        // Superclasses of libraries (PrimeFaces' LazyDataModel) answer for their own fields.
        for (Class<?> declaring = type; declaring != null && declaring.getName().startsWith("tw.netzero.");
             declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?>) {
            problems.add(path + " has a type variable: its values cannot be checked");
        } else if (type instanceof Class<?> plain) {
            if (plain.isPrimitive() || plain == Object.class && path.endsWith("<>")) {
                return;
            }
            if (plain.isArray()) {
                checkType(plain.getComponentType(), path + "[]", problems, seen);
            } else if (SERIALIZABLE_CONTAINERS.contains(plain)) {
                return;
            } else if (!Serializable.class.isAssignableFrom(plain)) {
                problems.add(path + " is a " + plain.getName() + ", which is not Serializable");
            } else if (plain.getName().startsWith("tw.netzero.")) {
                // Our own types: their fields must serialize too (a record's components, a DTO's parts).
                checkFields(plain, path, problems, seen);
            }
        }
    }

    private static void serialize(Object bean) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(bean);
        }
    }

    private static List<Class<?>> sessionStateBeans() throws IOException, URISyntaxException {
        Path root = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolveSibling("classes");
        Path packageDir = root.resolve(WEB_PACKAGE.replace('.', '/'));
        assertTrue(Files.isDirectory(packageDir), "compiled WAR classes at " + packageDir);
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packageDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        assertFalse(beans.isEmpty());
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }
}
