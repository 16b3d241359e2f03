package tw.netzero.portal.web.support;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in EL ({@code #{row.nameEn()}}, {@code #{view.profileUrl(row)}}) with the method
 * looked up once per class, name and number of arguments. EL 5's BeanELResolver asks
 * {@code Class.getMethods()} on every call, which copies every public method of the class: a
 * directory page makes a few hundred calls, and those copies were the largest item of its
 * rendering profile (docs/performance.md). Only a name with one public, non-variable-arity method
 * of that many parameters is handled here; overloads and varargs are left to BeanELResolver.
 */
public class MethodCallELResolver extends ELResolver {

    private record Signature(String name, int parameters) {
    }

    private static final ClassValue<Map<Signature, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<Signature, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object name, Class<?>[] types, Object[] arguments) {
        if (base == null || !(name instanceof String methodName) || types != null) {
            return null;
        }
        Object[] given = arguments == null ? new Object[0] : arguments;
        Method method = METHODS.get(base.getClass())
                .computeIfAbsent(new Signature(methodName, given.length), signature -> find(base.getClass(), signature))
                .orElse(null);
        if (method == null) {
            return null;
        }
        Class<?>[] parameterTypes = method.getParameterTypes();
        Object[] converted = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            converted[i] = parameterTypes[i].isInstance(given[i]) ? given[i]
                    : context.convertToType(given[i], parameterTypes[i]);
        }
        try {
            Object result = method.invoke(base, converted);
            context.setPropertyResolved(base, name);
            return result;
        } catch (IllegalAccessException e) {
            throw new ELException("Cannot call " + methodName + " of " + base.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
    }

    /** The one callable public method of that name and arity, if there is exactly one. */
    private static Optional<Method> find(Class<?> type, Signature signature) {
        Method[] candidates = Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(signature.name())
                        && method.getParameterCount() == signature.parameters())
                .toArray(Method[]::new);
        if (candidates.length != 1 || candidates[0].isVarArgs()
                || !Modifier.isPublic(candidates[0].getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(candidates[0]);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are other resolvers' business
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
