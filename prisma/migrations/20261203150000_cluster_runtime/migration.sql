-- AlterTable (hand-written): the cluster clock's offset and host-local IPAM's last reserved
-- address per node (netsim ClusterRuntime); {} is a fresh cluster's.
ALTER TABLE "clusters" ADD COLUMN     "runtime" JSONB NOT NULL DEFAULT '{}';
