import type { BuiltInExerciseSource } from './built-in-exercise';

export const ingressTls: BuiltInExerciseSource = {
  slug: 'ingress-tls',
  spec: String.raw`apiVersion: sandbox.kns.dev/v1
kind: Exercise
slug: ingress-tls
title: Ingress — terminate TLS with your certificate
difficulty: intermediate
tags: [ingress, tls, secrets, ingress-nginx]
instructions: |
  **shop.example.com** is published through the **shop** Ingress over plain HTTP. The
  certificate and key for the host are in the Secret **shop-tls** (type
  **kubernetes.io/tls**), but https requests still get the controller's self-signed default
  certificate.

  Add a **tls** section to the **shop** Ingress that lists the host **shop.example.com** and the
  Secret **shop-tls**. Keep routing **/** to **shop:80**. With TLS configured, ingress-nginx
  also redirects http to https.
setup:
  cluster: { ingressController: ingress-nginx }
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: { name: shop-1, labels: { app: shop } }
    spec: { containers: [{ name: shop, image: shop:9, ports: [{ name: http, containerPort: 8080 }] }] }
    ---
    apiVersion: v1
    kind: Service
    metadata: { name: shop }
    spec:
      selector: { app: shop }
      ports: [{ name: http, port: 80, targetPort: http }]
    ---
    apiVersion: v1
    kind: Secret
    metadata: { name: shop-tls }
    type: kubernetes.io/tls
    stringData:
      tls.crt: "-----BEGIN CERTIFICATE-----\nMIIB...shop.example.com...\n-----END CERTIFICATE-----\n"
      tls.key: "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n"
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: { name: shop }
    spec:
      ingressClassName: nginx
      rules:
        - host: shop.example.com
          http:
            paths:
              - path: /
                pathType: Prefix
                backend: { service: { name: shop, port: { number: 80 } } }
checks:
  - id: https-uses-shop-tls
    description: https://shop.example.com/ is served with the certificate from shop-tls
    points: 4
    hint: Add spec.tls with hosts [shop.example.com] and secretName shop-tls; the Secret must be in the Ingress's namespace.
    kind: ingressRoute
    url: https://shop.example.com/
    expect: { matched: true, service: default/shop, port: 80, tlsSecret: shop-tls }
  - id: http-still-routed
    guard: true
    description: http://shop.example.com/cart still reaches the shop Service
    points: 1
    hint: Keep the rule for host shop.example.com with path / (Prefix).
    kind: ingressRoute
    url: http://shop.example.com/cart
    expect: { matched: true, service: default/shop }
  - id: other-host-no-certificate
    guard: true
    description: https://www.example.org/ is not routed to the shop
    points: 1
    hint: Keep the host on the rule; TLS hosts do not route anything by themselves.
    kind: ingressRoute
    url: https://www.example.org/
    expect: { matched: false }
`,
  solution: String.raw`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop, namespace: default }
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: shop, port: { number: 80 } } }
`,
};
