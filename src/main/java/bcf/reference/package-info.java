/**
 * England's reference data: the 151 Health and Wellbeing Boards (by the ONS code of their
 * upper-tier council, with their NHS England region) and the 42 integrated care boards, loaded by
 * migration from the published lists in {@code src/main/resources/reference}.
 */
package bcf.reference;
