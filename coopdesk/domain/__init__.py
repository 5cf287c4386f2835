"""Pure domain: enums, frozen records, validation and legal rules. No I/O, no Qt, no SQL."""
