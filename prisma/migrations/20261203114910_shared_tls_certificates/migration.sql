-- CreateTable
CREATE TABLE "tls_certificates" (
    "name" TEXT NOT NULL,
    "ca_cert" TEXT NOT NULL,
    "ca_key" TEXT NOT NULL,
    "cert" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "hosts" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tls_certificates_pkey" PRIMARY KEY ("name")
);
