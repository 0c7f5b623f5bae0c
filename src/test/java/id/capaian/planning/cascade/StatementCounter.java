package id.capaian.planning.cascade;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends while {@link #count} runs: the application's DataSource is
 * wrapped so that every {@code prepareStatement}, {@code createStatement} and {@code prepareCall} is seen. Guards
 * against queries per row (N+1) creeping into views that must answer in a fixed number of statements.
 */
public final class StatementCounter {

    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
    /** While {@link #record} runs: each statement's SQL, marked whether it ran inside a transaction. */
    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /**
     * One statement as {@link #record} saw it: its SQL and whether the connection was in a transaction; the end of a
     * transaction is recorded as {@code COMMIT} or {@code ROLLBACK}.
     */
    public record Recorded(String sql, boolean inTransaction) {
    }

    /** The statements {@code work} sent, in order. */
    public static List<Recorded> record(Runnable work) {
        List<String> seen = new ArrayList<>();
        RECORDED.set(seen);
        try {
            work.run();
        } finally {
            RECORDED.remove();
        }
        return seen.stream().map(x -> new Recorded(x.substring(1), x.charAt(0) == 'T')).toList();
    }
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    /** The ends of a transaction, recorded as the statements {@code COMMIT} and {@code ROLLBACK}. */
    private static final Set<String> ENDS = Set.of("commit", "rollback");

    private StatementCounter() {
    }

    /** The value of {@code work} and how many statements it sent. */
    public record Counted<T>(T value, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        AtomicInteger counter = new AtomicInteger();
        CURRENT.set(counter);
        try {
            T value = work.get();
            return new Counted<>(value, counter.get());
        } finally {
            CURRENT.remove();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                        return wrap(ds, DataSource.class);
                    }
                    return bean;
                }
            };
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection c && method.getName().equals("getConnection")) {
                return wrap(c, Connection.class);
            }
            if (STATEMENTS.contains(method.getName()) && CURRENT.get() != null) {
                CURRENT.get().incrementAndGet();
            }
            if (STATEMENTS.contains(method.getName()) && RECORDED.get() != null && target instanceof Connection c) {
                RECORDED.get().add((c.getAutoCommit() ? "A" : "T") + (args != null && args.length > 0 ? args[0] : ""));
            }
            if (ENDS.contains(method.getName()) && RECORDED.get() != null && target instanceof Connection) {
                RECORDED.get().add("T" + method.getName().toUpperCase(java.util.Locale.ROOT));
            }
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> k && k.isInstance(target)) {
                return target;
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
