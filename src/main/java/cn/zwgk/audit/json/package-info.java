/**
 * JSON reading that keeps track of places, shared by the catalog reader and the evidence loader.
 *
 * <p>Every input of the auditor is a JSON file edited by hand, and every problem in one must name
 * the line, the column (counted in characters, as editors count them) and the JSON pointer of what
 * is wrong. {@link cn.zwgk.audit.json.JsonFiles} reads a file as text for that reason, and {@link
 * cn.zwgk.audit.json.LocatedJson} keeps where each value of a document, or of one value read from a
 * stream, starts.
 */
package cn.zwgk.audit.json;
