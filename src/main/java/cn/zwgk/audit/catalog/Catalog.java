package cn.zwgk.audit.catalog;

import cn.zwgk.audit.problem.CatalogException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One year's task table, as read from {@code rules/catalog.json}.
 *
 * @param title the table's title, e.g. "2020年局政务公开目标任务细化分解表"
 * @param year the year the table plans for
 * @param tasks the tasks in file order; numbers are unique but need not be consecutive
 */
public record Catalog(String title, int year, List<CatalogTask> tasks) {
    /** The catalog's file name in a rules folder. */
    public static final String FILE_NAME = "catalog.json";

    public Catalog {
        Objects.requireNonNull(title, "title");
        tasks = List.copyOf(tasks);
        Set<Integer> numbers = new HashSet<>();
        for (CatalogTask task : tasks) {
            if (!numbers.add(task.number())) {
                throw new IllegalArgumentException("duplicate task number " + task.number());
            }
        }
    }

    /**
     * Reads and validates a catalog file (format {@code zwgk-catalog/1}).
     *
     * @throws CatalogException listing every problem, each as {@code file:line:column:
     *     JSON-pointer: reason}
     */
    public static Catalog load(Path file) throws CatalogException {
        return CatalogReader.read(file);
    }

    /** The task with this 序号, if the table has one. */
    public Optional<CatalogTask> task(int number) {
        return tasks.stream().filter(t -> t.number() == number).findFirst();
    }
}
