/**
 * Development (pengembangan kompetensi): the competency dictionary (teknis, manajerial, sosial kultural), position
 * standards, employee profiles from assessments and the gaps; the training catalogue with JP, enrolments and
 * certificates, the 20 JP a year per employee, unit and agency; individual development plans proposed from
 * competency and performance gaps and agreed in a dialogue; mentoring pairs and their sessions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Development")
package id.capaian.development;
