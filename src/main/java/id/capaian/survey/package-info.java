/**
 * Survey: citizen satisfaction surveys per service unit (SKM, survei kepuasan masyarakat) and the index computed
 * from them (IKM) as PermenPAN-RB 14/2017 defines it. A unit gets a public survey link and a printable QR poster;
 * citizens answer the nine elements without an account; administrators moderate, import paper surveys, publish the
 * IKM per period as a report, and may let a unit's IKM become the realisation of a planning indicator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survey")
package id.capaian.survey;
