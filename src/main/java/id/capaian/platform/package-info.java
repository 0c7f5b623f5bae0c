/**
 * Shared platform: the embedded database, the caller ({@link id.capaian.platform.Actor}), web and i18n
 * configuration, and error handling. Every other module may use its root types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.capaian.platform;
