/**
 * The year's task table (序号, 任务内容, 牵头单位, 责任单位, 时间节点) as data.
 *
 * <p>The catalog lives in {@code rules/catalog.json} beside the DRL files so that next year's table
 * is audited by editing data, not Java. {@link cn.zwgk.audit.catalog.Catalog#load} reads it
 * strictly and reports every problem with file, line, column and JSON pointer; deadlines that
 * depend on outside events name an <em>anchor</em> whose date comes from the audit profile.
 */
package cn.zwgk.audit.catalog;
