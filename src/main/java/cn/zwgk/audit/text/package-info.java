/**
 * The text-safety layer every output shares ({@link cn.zwgk.audit.text.SafeText}): the report
 * renderers, the terminal and the ledger files {@code zwgk convert} and {@code zwgk template}
 * write. It sits at the bottom so that the ledger, below the report, uses it too.
 */
package cn.zwgk.audit.text;
