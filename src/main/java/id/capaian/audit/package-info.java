/** The append-only trail of who changed what (jejak audit). */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.capaian.audit;
