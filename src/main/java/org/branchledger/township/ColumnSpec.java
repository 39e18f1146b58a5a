package org.branchledger.township;

/**
 * A column a package may carry, as this program's schema has it.
 *
 * @param type       the Java type of its values
 * @param required   it may not be empty (not null, and no default)
 * @param references the table its values point into (a row's {@code id}), or null
 */
record ColumnSpec(String name, Class<?> type, boolean required, String references) {
}
