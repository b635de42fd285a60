import helmet from 'helmet';

/**
 * The Content-Security-Policy of every answer. The playground (GraphiQL from our own assets)
 * and Swagger UI at /docs load scripts only from this origin; both set inline styles and use
 * data: images and fonts, so those are allowed and nothing else is.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * helmet's headers with our CSP. No HSTS and no upgrade-insecure-requests: the same app answers
 * on plain HTTP (REST, playground) and on the facade's HTTPS port of the same host, and HSTS
 * from the latter would send browsers to https on the former; TLS in front is the deployment's.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
  });
}
