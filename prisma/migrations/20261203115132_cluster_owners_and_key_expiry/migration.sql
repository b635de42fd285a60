-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "expires_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "clusters" ADD COLUMN     "owner_key_id" UUID;

-- CreateIndex
CREATE INDEX "clusters_owner_key_id_idx" ON "clusters"("owner_key_id");

-- AddForeignKey
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_owner_key_id_fkey" FOREIGN KEY ("owner_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill (hand-written): an attempt's cluster belongs to the attempt's learner key, when that
-- key still exists; every other existing cluster stays null, i.e. owned by the tenant's admins.
UPDATE "clusters" c SET "owner_key_id" = a."learner_key_id"
FROM "attempts" a, "api_keys" k
WHERE a."cluster_id" = c."id" AND k."id" = a."learner_key_id" AND k."tenant_id" = c."tenant_id";
