/**
 * Talent management (manajemen talenta, PermenPAN-RB 3/2020): potential assessments, the 9-box of performance and
 * potential per agency and period with configurable numbering, the talent pool, critical positions and their
 * succession candidates, and promotion and transfer proposals ranked by open merit criteria with the decision and
 * its reasons on record. Visible only to the employee, their line and authorised HR staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent")
package id.capaian.talent;
