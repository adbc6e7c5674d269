//! Unit tests of the exposure engine: the rule's edges (`rule`), the table and its errors
//! (`table`), and reading countries (`country`).

mod country;
mod rule;
mod table;
