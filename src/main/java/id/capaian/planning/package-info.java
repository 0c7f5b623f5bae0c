/**
 * Planning: performance periods (periode), unit performance agreements with their key indicators (perjanjian
 * kinerja, IKU), employee plans (SKP) with planned results (RHK), indicators (IKI), action plans (rencana aksi),
 * behaviour expectations, the approval workflow and the cascade from the agency's targets down to every
 * employee.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package id.capaian.planning;
