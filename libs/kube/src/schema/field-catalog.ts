// GENERATED FILE — do not edit. Regenerate with `npm run schema:catalog`.
// Source: the Kubernetes v1.32 OpenAPI document, kubernetes-sigs/reference-docs gen-resourcesdocs/api/v1.32/swagger.json
// at commit 96d09dcf979ac44cdbf0790dc1b536e41a729d64 (sha256 0ba99bb42a1cf0bd35959fe82965f4eec50d404221ca299e9ef79b900e15dc00).
// That file is upstream's api/openapi-spec/swagger.json (v2) of release 1.32; kubernetes/kubernetes itself was too large to fetch for its v3 documents.
// Gateway API kinds: the standard-channel CRDs of kubernetes-sigs/gateway-api config/crd/standard/ at commit 4564255ac2c35d582249b3cdf261bdf51c8bca32 (scripts/schema/crd-definitions.ts names their inline objects).
// 305 types: every definition reachable from the registry's kinds and the API's own types.
/**
 * The upstream types behind the sandbox's kinds, from which the OpenAPI documents, `kubectl explain`,
 * strict decoding and unknown-field checks are built. Names, field names, types, required lists,
 * descriptions and the x-kubernetes list/map/patch markers are upstream's, as the source document
 * has them; enums and defaults the v2 document omits come from scripts/schema/v3-additions.ts.
 */

/** A field type: a scalar, a reference to another type, or a list/map of one. */
export type FieldType =
  | 'string'
  | 'int32'
  | 'int64'
  | 'boolean'
  | 'number'
  | 'byte'
  | 'date-time'
  | 'object'
  | { ref: string }
  | { list: FieldType }
  | { map: FieldType };

export interface FieldDef {
  type: FieldType;
  doc: string;
  enum?: Array<string | number>;
  default?: unknown;
  /** x-kubernetes-list-type: atomic, set or map. */
  listType?: string;
  listMapKeys?: string[];
  /** x-kubernetes-map-type: atomic or granular. */
  mapType?: string;
  /** Strategic merge patch: "merge", "retainKeys" or "merge,retainKeys". */
  patchStrategy?: string;
  patchMergeKey?: string;
}

export interface TypeDef {
  doc: string;
  fields: Record<string, FieldDef>;
  required?: string[];
  /** x-kubernetes-map-type of the struct itself (atomic for LabelSelector). */
  mapType?: string;
  /** A scalar-like type (Time, IntOrString, Quantity): emitted as this schema instead of an object. */
  scalar?: Record<string, unknown>;
}

export const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
export const CORE = 'io.k8s.api.core.v1';
export const APPS = 'io.k8s.api.apps.v1';
export const NET = 'io.k8s.api.networking.v1';
export const DISC = 'io.k8s.api.discovery.v1';
export const AUTOSCALING = 'io.k8s.api.autoscaling.v1';

export const API_VERSION_DOC = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";
export const KIND_DOC = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";
export const METADATA_DOC = "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

/** Every type, by its upstream OpenAPI name. */
export const TYPES: Record<string, TypeDef> = {
  "io.k8s.api.apps.v1.Deployment": {
    "doc": "Deployment enables declarative updates for Pods and ReplicaSets.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.apps.v1.DeploymentSpec"
        },
        "doc": "Specification of the desired behavior of the Deployment."
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.apps.v1.DeploymentStatus"
        },
        "doc": "Most recently observed status of the Deployment."
      }
    }
  },
  "io.k8s.api.apps.v1.DeploymentCondition": {
    "doc": "DeploymentCondition describes the state of a deployment at a certain point.",
    "fields": {
      "lastTransitionTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Last time the condition transitioned from one status to another."
      },
      "lastUpdateTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "The last time this condition was updated."
      },
      "message": {
        "type": "string",
        "doc": "A human readable message indicating details about the transition."
      },
      "reason": {
        "type": "string",
        "doc": "The reason for the condition's last transition."
      },
      "status": {
        "type": "string",
        "doc": "Status of the condition, one of True, False, Unknown."
      },
      "type": {
        "type": "string",
        "doc": "Type of deployment condition."
      }
    },
    "required": [
      "type",
      "status"
    ]
  },
  "io.k8s.api.apps.v1.DeploymentSpec": {
    "doc": "DeploymentSpec is the specification of the desired behavior of the Deployment.",
    "fields": {
      "minReadySeconds": {
        "type": "int32",
        "doc": "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)"
      },
      "paused": {
        "type": "boolean",
        "doc": "Indicates that the deployment is paused."
      },
      "progressDeadlineSeconds": {
        "type": "int32",
        "doc": "The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s."
      },
      "replicas": {
        "type": "int32",
        "doc": "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1."
      },
      "revisionHistoryLimit": {
        "type": "int32",
        "doc": "The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10."
      },
      "selector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels."
      },
      "strategy": {
        "type": {
          "ref": "io.k8s.api.apps.v1.DeploymentStrategy"
        },
        "doc": "The deployment strategy to use to replace existing pods with new ones.",
        "patchStrategy": "retainKeys"
      },
      "template": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodTemplateSpec"
        },
        "doc": "Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is \"Always\"."
      }
    },
    "required": [
      "selector",
      "template"
    ]
  },
  "io.k8s.api.apps.v1.DeploymentStatus": {
    "doc": "DeploymentStatus is the most recently observed status of the Deployment.",
    "fields": {
      "availableReplicas": {
        "type": "int32",
        "doc": "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."
      },
      "collisionCount": {
        "type": "int32",
        "doc": "Count of hash collisions for the Deployment. The Deployment controller uses this field as a collision avoidance mechanism when it needs to create the name for the newest ReplicaSet."
      },
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.api.apps.v1.DeploymentCondition"
          }
        },
        "doc": "Represents the latest available observations of a deployment's current state.",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "The generation observed by the deployment controller."
      },
      "readyReplicas": {
        "type": "int32",
        "doc": "readyReplicas is the number of pods targeted by this Deployment with a Ready Condition."
      },
      "replicas": {
        "type": "int32",
        "doc": "Total number of non-terminated pods targeted by this deployment (their labels match the selector)."
      },
      "unavailableReplicas": {
        "type": "int32",
        "doc": "Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created."
      },
      "updatedReplicas": {
        "type": "int32",
        "doc": "Total number of non-terminated pods targeted by this deployment that have the desired template spec."
      }
    }
  },
  "io.k8s.api.apps.v1.DeploymentStrategy": {
    "doc": "DeploymentStrategy describes how to replace existing pods with new ones.",
    "fields": {
      "rollingUpdate": {
        "type": {
          "ref": "io.k8s.api.apps.v1.RollingUpdateDeployment"
        },
        "doc": "Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate."
      },
      "type": {
        "type": "string",
        "doc": "Type of deployment. Can be \"Recreate\" or \"RollingUpdate\". Default is RollingUpdate.",
        "enum": [
          "Recreate",
          "RollingUpdate"
        ]
      }
    }
  },
  "io.k8s.api.apps.v1.ReplicaSet": {
    "doc": "ReplicaSet ensures that a specified number of pod replicas are running at any given time.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.apps.v1.ReplicaSetSpec"
        },
        "doc": "Spec defines the specification of the desired behavior of the ReplicaSet. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.apps.v1.ReplicaSetStatus"
        },
        "doc": "Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.apps.v1.ReplicaSetCondition": {
    "doc": "ReplicaSetCondition describes the state of a replica set at a certain point.",
    "fields": {
      "lastTransitionTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "The last time the condition transitioned from one status to another."
      },
      "message": {
        "type": "string",
        "doc": "A human readable message indicating details about the transition."
      },
      "reason": {
        "type": "string",
        "doc": "The reason for the condition's last transition."
      },
      "status": {
        "type": "string",
        "doc": "Status of the condition, one of True, False, Unknown."
      },
      "type": {
        "type": "string",
        "doc": "Type of replica set condition."
      }
    },
    "required": [
      "type",
      "status"
    ]
  },
  "io.k8s.api.apps.v1.ReplicaSetSpec": {
    "doc": "ReplicaSetSpec is the specification of a ReplicaSet.",
    "fields": {
      "minReadySeconds": {
        "type": "int32",
        "doc": "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)"
      },
      "replicas": {
        "type": "int32",
        "doc": "Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller"
      },
      "selector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors"
      },
      "template": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodTemplateSpec"
        },
        "doc": "Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template"
      }
    },
    "required": [
      "selector"
    ]
  },
  "io.k8s.api.apps.v1.ReplicaSetStatus": {
    "doc": "ReplicaSetStatus represents the current status of a ReplicaSet.",
    "fields": {
      "availableReplicas": {
        "type": "int32",
        "doc": "The number of available replicas (ready for at least minReadySeconds) for this replica set."
      },
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.api.apps.v1.ReplicaSetCondition"
          }
        },
        "doc": "Represents the latest available observations of a replica set's current state.",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "fullyLabeledReplicas": {
        "type": "int32",
        "doc": "The number of pods that have labels matching the labels of the pod template of the replicaset."
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "ObservedGeneration reflects the generation of the most recently observed ReplicaSet."
      },
      "readyReplicas": {
        "type": "int32",
        "doc": "readyReplicas is the number of pods targeted by this ReplicaSet with a Ready Condition."
      },
      "replicas": {
        "type": "int32",
        "doc": "Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller/#what-is-a-replicationcontroller"
      }
    },
    "required": [
      "replicas"
    ]
  },
  "io.k8s.api.apps.v1.RollingUpdateDeployment": {
    "doc": "Spec to control the desired behavior of rolling update.",
    "fields": {
      "maxSurge": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
        },
        "doc": "The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods."
      },
      "maxUnavailable": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
        },
        "doc": "The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods."
      }
    }
  },
  "io.k8s.api.autoscaling.v1.Scale": {
    "doc": "Scale represents a scaling request for a resource.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "metadata": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
        },
        "doc": "Standard object metadata; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata."
      },
      "spec": {
        "type": {
          "ref": "io.k8s.api.autoscaling.v1.ScaleSpec"
        },
        "doc": "spec defines the behavior of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status."
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.autoscaling.v1.ScaleStatus"
        },
        "doc": "status is the current status of the scale. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status. Read-only."
      }
    }
  },
  "io.k8s.api.autoscaling.v1.ScaleSpec": {
    "doc": "ScaleSpec describes the attributes of a scale subresource.",
    "fields": {
      "replicas": {
        "type": "int32",
        "doc": "replicas is the desired number of instances for the scaled object."
      }
    }
  },
  "io.k8s.api.autoscaling.v1.ScaleStatus": {
    "doc": "ScaleStatus represents the current status of a scale subresource.",
    "fields": {
      "replicas": {
        "type": "int32",
        "doc": "replicas is the actual number of observed instances of the scaled object."
      },
      "selector": {
        "type": "string",
        "doc": "selector is the label query over pods that should match the replicas count. This is same as the label selector but in the string format to avoid introspection by clients. The string will be in the same format as the query-param syntax. More info about label selectors: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/"
      }
    },
    "required": [
      "replicas"
    ]
  },
  "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource": {
    "doc": "Represents a Persistent Disk resource in AWS.\n\nAn AWS EBS disk must exist before mounting to a container. The disk must also be in the same AWS zone as the kubelet. An AWS EBS disk can only be mounted as read/write once. AWS EBS volumes support ownership management and SELinux relabeling.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"
      },
      "partition": {
        "type": "int32",
        "doc": "partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as \"1\". Similarly, the volume partition for /dev/sda is \"0\" (or you can leave the property empty)."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly value true will force the readOnly setting in VolumeMounts. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"
      },
      "volumeID": {
        "type": "string",
        "doc": "volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume). More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"
      }
    },
    "required": [
      "volumeID"
    ]
  },
  "io.k8s.api.core.v1.Affinity": {
    "doc": "Affinity is a group of affinity scheduling rules.",
    "fields": {
      "nodeAffinity": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeAffinity"
        },
        "doc": "Describes node affinity scheduling rules for the pod."
      },
      "podAffinity": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodAffinity"
        },
        "doc": "Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s))."
      },
      "podAntiAffinity": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodAntiAffinity"
        },
        "doc": "Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s))."
      }
    }
  },
  "io.k8s.api.core.v1.AppArmorProfile": {
    "doc": "AppArmorProfile defines a pod or container's AppArmor settings.",
    "fields": {
      "localhostProfile": {
        "type": "string",
        "doc": "localhostProfile indicates a profile loaded on the node that should be used. The profile must be preconfigured on the node to work. Must match the loaded name of the profile. Must be set if and only if type is \"Localhost\"."
      },
      "type": {
        "type": "string",
        "doc": "type indicates which kind of AppArmor profile will be applied. Valid options are:\n  Localhost - a profile pre-loaded on the node.\n  RuntimeDefault - the container runtime's default profile.\n  Unconfined - no AppArmor enforcement."
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.api.core.v1.AttachedVolume": {
    "doc": "AttachedVolume describes a volume attached to a node",
    "fields": {
      "devicePath": {
        "type": "string",
        "doc": "DevicePath represents the device path where the volume should be available"
      },
      "name": {
        "type": "string",
        "doc": "Name of the attached volume"
      }
    },
    "required": [
      "name",
      "devicePath"
    ]
  },
  "io.k8s.api.core.v1.AzureDiskVolumeSource": {
    "doc": "AzureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.",
    "fields": {
      "cachingMode": {
        "type": "string",
        "doc": "cachingMode is the Host Caching mode: None, Read Only, Read Write."
      },
      "diskName": {
        "type": "string",
        "doc": "diskName is the Name of the data disk in the blob storage"
      },
      "diskURI": {
        "type": "string",
        "doc": "diskURI is the URI of data disk in the blob storage"
      },
      "fsType": {
        "type": "string",
        "doc": "fsType is Filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified."
      },
      "kind": {
        "type": "string",
        "doc": "kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      }
    },
    "required": [
      "diskName",
      "diskURI"
    ]
  },
  "io.k8s.api.core.v1.AzureFileVolumeSource": {
    "doc": "AzureFile represents an Azure File Service mount on the host and bind mount to the pod.",
    "fields": {
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      },
      "secretName": {
        "type": "string",
        "doc": "secretName is the  name of secret that contains Azure Storage Account Name and Key"
      },
      "shareName": {
        "type": "string",
        "doc": "shareName is the azure share Name"
      }
    },
    "required": [
      "secretName",
      "shareName"
    ]
  },
  "io.k8s.api.core.v1.CSIVolumeSource": {
    "doc": "Represents a source location of a volume to mount, managed by an external CSI driver",
    "fields": {
      "driver": {
        "type": "string",
        "doc": "driver is the name of the CSI driver that handles this volume. Consult with your admin for the correct name as registered in the cluster."
      },
      "fsType": {
        "type": "string",
        "doc": "fsType to mount. Ex. \"ext4\", \"xfs\", \"ntfs\". If not provided, the empty value is passed to the associated CSI driver which will determine the default filesystem to apply."
      },
      "nodePublishSecretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "nodePublishSecretRef is a reference to the secret object containing sensitive information to pass to the CSI driver to complete the CSI NodePublishVolume and NodeUnpublishVolume calls. This field is optional, and  may be empty if no secret is required. If the secret object contains more than one secret, all secret references are passed."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly specifies a read-only configuration for the volume. Defaults to false (read/write)."
      },
      "volumeAttributes": {
        "type": {
          "map": "string"
        },
        "doc": "volumeAttributes stores driver-specific properties that are passed to the CSI driver. Consult your driver's documentation for supported values."
      }
    },
    "required": [
      "driver"
    ]
  },
  "io.k8s.api.core.v1.Capabilities": {
    "doc": "Adds and removes POSIX capabilities from running containers.",
    "fields": {
      "add": {
        "type": {
          "list": "string"
        },
        "doc": "Added capabilities",
        "listType": "atomic"
      },
      "drop": {
        "type": {
          "list": "string"
        },
        "doc": "Removed capabilities",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.CephFSVolumeSource": {
    "doc": "Represents a Ceph Filesystem mount that lasts the lifetime of a pod Cephfs volumes do not support ownership management or SELinux relabeling.",
    "fields": {
      "monitors": {
        "type": {
          "list": "string"
        },
        "doc": "monitors is Required: Monitors is a collection of Ceph monitors More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it",
        "listType": "atomic"
      },
      "path": {
        "type": "string",
        "doc": "path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"
      },
      "secretFile": {
        "type": "string",
        "doc": "secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty. More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"
      },
      "user": {
        "type": "string",
        "doc": "user is optional: User is the rados user name, default is admin More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it"
      }
    },
    "required": [
      "monitors"
    ]
  },
  "io.k8s.api.core.v1.CinderVolumeSource": {
    "doc": "Represents a cinder volume resource in Openstack. A Cinder volume must exist before mounting to a container. The volume must also be in the same region as the kubelet. Cinder volumes support ownership management and SELinux relabeling.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef is optional: points to a secret object containing parameters used to connect to OpenStack."
      },
      "volumeID": {
        "type": "string",
        "doc": "volumeID used to identify the volume in cinder. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"
      }
    },
    "required": [
      "volumeID"
    ]
  },
  "io.k8s.api.core.v1.ClientIPConfig": {
    "doc": "ClientIPConfig represents the configurations of Client IP based session affinity.",
    "fields": {
      "timeoutSeconds": {
        "type": "int32",
        "doc": "timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be >0 && <=86400(for 1 day) if ServiceAffinity == \"ClientIP\". Default value is 10800(for 3 hours)."
      }
    }
  },
  "io.k8s.api.core.v1.ClusterTrustBundleProjection": {
    "doc": "ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.",
    "fields": {
      "labelSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "Select all ClusterTrustBundles that match this label selector.  Only has effect if signerName is set.  Mutually-exclusive with name.  If unset, interpreted as \"match nothing\".  If set but empty, interpreted as \"match everything\"."
      },
      "name": {
        "type": "string",
        "doc": "Select a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector."
      },
      "optional": {
        "type": "boolean",
        "doc": "If true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles."
      },
      "path": {
        "type": "string",
        "doc": "Relative path from the volume root to write the bundle."
      },
      "signerName": {
        "type": "string",
        "doc": "Select all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated."
      }
    },
    "required": [
      "path"
    ]
  },
  "io.k8s.api.core.v1.ConfigMapEnvSource": {
    "doc": "ConfigMapEnvSource selects a ConfigMap to populate the environment variables with.\n\nThe contents of the target ConfigMap's Data field will represent the key-value pairs as environment variables.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "Specify whether the ConfigMap must be defined"
      }
    }
  },
  "io.k8s.api.core.v1.ConfigMapKeySelector": {
    "doc": "Selects a key from a ConfigMap.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "The key to select."
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "Specify whether the ConfigMap or its key must be defined"
      }
    },
    "required": [
      "key"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.ConfigMapNodeConfigSource": {
    "doc": "ConfigMapNodeConfigSource contains the information to reference a ConfigMap as a config source for the Node. This API is deprecated since 1.22: https://git.k8s.io/enhancements/keps/sig-node/281-dynamic-kubelet-configuration",
    "fields": {
      "kubeletConfigKey": {
        "type": "string",
        "doc": "KubeletConfigKey declares which key of the referenced ConfigMap corresponds to the KubeletConfiguration structure This field is required in all cases."
      },
      "name": {
        "type": "string",
        "doc": "Name is the metadata.name of the referenced ConfigMap. This field is required in all cases."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the metadata.namespace of the referenced ConfigMap. This field is required in all cases."
      },
      "resourceVersion": {
        "type": "string",
        "doc": "ResourceVersion is the metadata.ResourceVersion of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status."
      },
      "uid": {
        "type": "string",
        "doc": "UID is the metadata.UID of the referenced ConfigMap. This field is forbidden in Node.Spec, and required in Node.Status."
      }
    },
    "required": [
      "namespace",
      "name",
      "kubeletConfigKey"
    ]
  },
  "io.k8s.api.core.v1.ConfigMapProjection": {
    "doc": "Adapts a ConfigMap into a projected volume.\n\nThe contents of the target ConfigMap's Data field will be presented in a projected volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. Note that this is identical to a configmap volume source without the default mode.",
    "fields": {
      "items": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.KeyToPath"
          }
        },
        "doc": "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        "listType": "atomic"
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "optional specify whether the ConfigMap or its keys must be defined"
      }
    }
  },
  "io.k8s.api.core.v1.ConfigMapVolumeSource": {
    "doc": "Adapts a ConfigMap into a volume.\n\nThe contents of the target ConfigMap's Data field will be presented in a volume as files using the keys in the Data field as the file names, unless the items element is populated with specific mappings of keys to paths. ConfigMap volumes support ownership management and SELinux relabeling.",
    "fields": {
      "defaultMode": {
        "type": "int32",
        "doc": "defaultMode is optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set."
      },
      "items": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.KeyToPath"
          }
        },
        "doc": "items if unspecified, each key-value pair in the Data field of the referenced ConfigMap will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the ConfigMap, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        "listType": "atomic"
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "optional specify whether the ConfigMap or its keys must be defined"
      }
    }
  },
  "io.k8s.api.core.v1.Container": {
    "doc": "A single application container that you want to run within a pod.",
    "fields": {
      "args": {
        "type": {
          "list": "string"
        },
        "doc": "Arguments to the entrypoint. The container image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        "listType": "atomic"
      },
      "command": {
        "type": {
          "list": "string"
        },
        "doc": "Entrypoint array. Not executed within a shell. The container image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        "listType": "atomic"
      },
      "env": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EnvVar"
          }
        },
        "doc": "List of environment variables to set in the container. Cannot be updated.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "envFrom": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EnvFromSource"
          }
        },
        "doc": "List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.",
        "listType": "atomic"
      },
      "image": {
        "type": "string",
        "doc": "Container image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets."
      },
      "imagePullPolicy": {
        "type": "string",
        "doc": "Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images",
        "enum": [
          "Always",
          "IfNotPresent",
          "Never"
        ]
      },
      "lifecycle": {
        "type": {
          "ref": "io.k8s.api.core.v1.Lifecycle"
        },
        "doc": "Actions that the management system should take in response to container lifecycle events. Cannot be updated."
      },
      "livenessProbe": {
        "type": {
          "ref": "io.k8s.api.core.v1.Probe"
        },
        "doc": "Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
      },
      "name": {
        "type": "string",
        "doc": "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated."
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerPort"
          }
        },
        "doc": "List of ports to expose from the container. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default \"0.0.0.0\" address inside a container will be accessible from the network. Modifying this array with strategic merge patch may corrupt the data. For more information See https://github.com/kubernetes/kubernetes/issues/108255. Cannot be updated.",
        "listType": "map",
        "listMapKeys": [
          "containerPort",
          "protocol"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "containerPort"
      },
      "readinessProbe": {
        "type": {
          "ref": "io.k8s.api.core.v1.Probe"
        },
        "doc": "Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
      },
      "resizePolicy": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerResizePolicy"
          }
        },
        "doc": "Resources resize policy for the container.",
        "listType": "atomic"
      },
      "resources": {
        "type": {
          "ref": "io.k8s.api.core.v1.ResourceRequirements"
        },
        "doc": "Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
      },
      "restartPolicy": {
        "type": "string",
        "doc": "RestartPolicy defines the restart behavior of individual containers in a pod. This field may only be set for init containers, and the only allowed value is \"Always\". For non-init containers or when this field is not specified, the restart behavior is defined by the Pod's restart policy and the container type. Setting the RestartPolicy as \"Always\" for the init container will have the following effect: this init container will be continually restarted on exit until all regular containers have terminated. Once all regular containers have completed, all init containers with restartPolicy \"Always\" will be shut down. This lifecycle differs from normal init containers and is often referred to as a \"sidecar\" container. Although this init container still starts in the init container sequence, it does not wait for the container to complete before proceeding to the next init container. Instead, the next init container starts immediately after this init container is started, or after any startupProbe has successfully completed."
      },
      "securityContext": {
        "type": {
          "ref": "io.k8s.api.core.v1.SecurityContext"
        },
        "doc": "SecurityContext defines the security options the container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext. More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
      },
      "startupProbe": {
        "type": {
          "ref": "io.k8s.api.core.v1.Probe"
        },
        "doc": "StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
      },
      "stdin": {
        "type": "boolean",
        "doc": "Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false."
      },
      "stdinOnce": {
        "type": "boolean",
        "doc": "Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false"
      },
      "terminationMessagePath": {
        "type": "string",
        "doc": "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated."
      },
      "terminationMessagePolicy": {
        "type": "string",
        "doc": "Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.",
        "enum": [
          "FallbackToLogsOnError",
          "File"
        ]
      },
      "tty": {
        "type": "boolean",
        "doc": "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false."
      },
      "volumeDevices": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.VolumeDevice"
          }
        },
        "doc": "volumeDevices is the list of block devices to be used by the container.",
        "listType": "map",
        "listMapKeys": [
          "devicePath"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "devicePath"
      },
      "volumeMounts": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.VolumeMount"
          }
        },
        "doc": "Pod volumes to mount into the container's filesystem. Cannot be updated.",
        "listType": "map",
        "listMapKeys": [
          "mountPath"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "mountPath"
      },
      "workingDir": {
        "type": "string",
        "doc": "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.ContainerImage": {
    "doc": "Describe a container image",
    "fields": {
      "names": {
        "type": {
          "list": "string"
        },
        "doc": "Names by which this image is known. e.g. [\"kubernetes.example/hyperkube:v1.0.7\", \"cloud-vendor.registry.example/cloud-vendor/hyperkube:v1.0.7\"]",
        "listType": "atomic"
      },
      "sizeBytes": {
        "type": "int64",
        "doc": "The size of the image in bytes."
      }
    }
  },
  "io.k8s.api.core.v1.ContainerPort": {
    "doc": "ContainerPort represents a network port in a single container.",
    "fields": {
      "containerPort": {
        "type": "int32",
        "doc": "Number of port to expose on the pod's IP address. This must be a valid port number, 0 < x < 65536."
      },
      "hostIP": {
        "type": "string",
        "doc": "What host IP to bind the external port to."
      },
      "hostPort": {
        "type": "int32",
        "doc": "Number of port to expose on the host. If specified, this must be a valid port number, 0 < x < 65536. If HostNetwork is specified, this must match ContainerPort. Most containers do not need this."
      },
      "name": {
        "type": "string",
        "doc": "If specified, this must be an IANA_SVC_NAME and unique within the pod. Each named port in a pod must have a unique name. Name for the port that can be referred to by services."
      },
      "protocol": {
        "type": "string",
        "doc": "Protocol for port. Must be UDP, TCP, or SCTP. Defaults to \"TCP\".",
        "enum": [
          "SCTP",
          "TCP",
          "UDP"
        ],
        "default": "TCP"
      }
    },
    "required": [
      "containerPort"
    ]
  },
  "io.k8s.api.core.v1.ContainerResizePolicy": {
    "doc": "ContainerResizePolicy represents resource resize policy for the container.",
    "fields": {
      "resourceName": {
        "type": "string",
        "doc": "Name of the resource to which this resource resize policy applies. Supported values: cpu, memory."
      },
      "restartPolicy": {
        "type": "string",
        "doc": "Restart policy to apply when specified resource is resized. If not specified, it defaults to NotRequired."
      }
    },
    "required": [
      "resourceName",
      "restartPolicy"
    ]
  },
  "io.k8s.api.core.v1.ContainerState": {
    "doc": "ContainerState holds a possible state of container. Only one of its members may be specified. If none of them is specified, the default one is ContainerStateWaiting.",
    "fields": {
      "running": {
        "type": {
          "ref": "io.k8s.api.core.v1.ContainerStateRunning"
        },
        "doc": "Details about a running container"
      },
      "terminated": {
        "type": {
          "ref": "io.k8s.api.core.v1.ContainerStateTerminated"
        },
        "doc": "Details about a terminated container"
      },
      "waiting": {
        "type": {
          "ref": "io.k8s.api.core.v1.ContainerStateWaiting"
        },
        "doc": "Details about a waiting container"
      }
    }
  },
  "io.k8s.api.core.v1.ContainerStateRunning": {
    "doc": "ContainerStateRunning is a running state of a container.",
    "fields": {
      "startedAt": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Time at which the container was last (re-)started"
      }
    }
  },
  "io.k8s.api.core.v1.ContainerStateTerminated": {
    "doc": "ContainerStateTerminated is a terminated state of a container.",
    "fields": {
      "containerID": {
        "type": "string",
        "doc": "Container's ID in the format '<type>://<container_id>'"
      },
      "exitCode": {
        "type": "int32",
        "doc": "Exit status from the last termination of the container"
      },
      "finishedAt": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Time at which the container last terminated"
      },
      "message": {
        "type": "string",
        "doc": "Message regarding the last termination of the container"
      },
      "reason": {
        "type": "string",
        "doc": "(brief) reason from the last termination of the container"
      },
      "signal": {
        "type": "int32",
        "doc": "Signal from the last termination of the container"
      },
      "startedAt": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Time at which previous execution of the container started"
      }
    },
    "required": [
      "exitCode"
    ]
  },
  "io.k8s.api.core.v1.ContainerStateWaiting": {
    "doc": "ContainerStateWaiting is a waiting state of a container.",
    "fields": {
      "message": {
        "type": "string",
        "doc": "Message regarding why the container is not yet running."
      },
      "reason": {
        "type": "string",
        "doc": "(brief) reason the container is not yet running."
      }
    }
  },
  "io.k8s.api.core.v1.ContainerStatus": {
    "doc": "ContainerStatus contains details for the current status of this container.",
    "fields": {
      "allocatedResources": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "AllocatedResources represents the compute resources allocated for this container by the node. Kubelet sets this value to Container.Resources.Requests upon successful pod admission and after successfully admitting desired pod resize."
      },
      "allocatedResourcesStatus": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ResourceStatus"
          }
        },
        "doc": "AllocatedResourcesStatus represents the status of various resources allocated for this Pod.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "containerID": {
        "type": "string",
        "doc": "ContainerID is the ID of the container in the format '<type>://<container_id>'. Where type is a container runtime identifier, returned from Version call of CRI API (for example \"containerd\")."
      },
      "image": {
        "type": "string",
        "doc": "Image is the name of container image that the container is running. The container image may not match the image used in the PodSpec, as it may have been resolved by the runtime. More info: https://kubernetes.io/docs/concepts/containers/images."
      },
      "imageID": {
        "type": "string",
        "doc": "ImageID is the image ID of the container's image. The image ID may not match the image ID of the image used in the PodSpec, as it may have been resolved by the runtime."
      },
      "lastState": {
        "type": {
          "ref": "io.k8s.api.core.v1.ContainerState"
        },
        "doc": "LastTerminationState holds the last termination state of the container to help debug container crashes and restarts. This field is not populated if the container is still running and RestartCount is 0."
      },
      "name": {
        "type": "string",
        "doc": "Name is a DNS_LABEL representing the unique name of the container. Each container in a pod must have a unique name across all container types. Cannot be updated."
      },
      "ready": {
        "type": "boolean",
        "doc": "Ready specifies whether the container is currently passing its readiness check. The value will change as readiness probes keep executing. If no readiness probes are specified, this field defaults to true once the container is fully started (see Started field).\n\nThe value is typically used to determine whether a container is ready to accept traffic."
      },
      "resources": {
        "type": {
          "ref": "io.k8s.api.core.v1.ResourceRequirements"
        },
        "doc": "Resources represents the compute resource requests and limits that have been successfully enacted on the running container after it has been started or has been successfully resized."
      },
      "restartCount": {
        "type": "int32",
        "doc": "RestartCount holds the number of times the container has been restarted. Kubelet makes an effort to always increment the value, but there are cases when the state may be lost due to node restarts and then the value may be reset to 0. The value is never negative."
      },
      "started": {
        "type": "boolean",
        "doc": "Started indicates whether the container has finished its postStart lifecycle hook and passed its startup probe. Initialized as false, becomes true after startupProbe is considered successful. Resets to false when the container is restarted, or if kubelet loses state temporarily. In both cases, startup probes will run again. Is always true when no startupProbe is defined and container is running and has passed the postStart lifecycle hook. The null value must be treated the same as false."
      },
      "state": {
        "type": {
          "ref": "io.k8s.api.core.v1.ContainerState"
        },
        "doc": "State holds details about the container's current condition."
      },
      "user": {
        "type": {
          "ref": "io.k8s.api.core.v1.ContainerUser"
        },
        "doc": "User represents user identity information initially attached to the first process of the container"
      },
      "volumeMounts": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.VolumeMountStatus"
          }
        },
        "doc": "Status of volume mounts.",
        "listType": "map",
        "listMapKeys": [
          "mountPath"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "mountPath"
      }
    },
    "required": [
      "name",
      "ready",
      "restartCount",
      "image",
      "imageID"
    ]
  },
  "io.k8s.api.core.v1.ContainerUser": {
    "doc": "ContainerUser represents user identity information",
    "fields": {
      "linux": {
        "type": {
          "ref": "io.k8s.api.core.v1.LinuxContainerUser"
        },
        "doc": "Linux holds user identity information initially attached to the first process of the containers in Linux. Note that the actual running identity can be changed if the process has enough privilege to do so."
      }
    }
  },
  "io.k8s.api.core.v1.DaemonEndpoint": {
    "doc": "DaemonEndpoint contains information about a single Daemon endpoint.",
    "fields": {
      "Port": {
        "type": "int32",
        "doc": "Port number of the given endpoint."
      }
    },
    "required": [
      "Port"
    ]
  },
  "io.k8s.api.core.v1.DownwardAPIProjection": {
    "doc": "Represents downward API info for projecting into a projected volume. Note that this is identical to a downwardAPI volume source without the default mode.",
    "fields": {
      "items": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.DownwardAPIVolumeFile"
          }
        },
        "doc": "Items is a list of DownwardAPIVolume file",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.DownwardAPIVolumeFile": {
    "doc": "DownwardAPIVolumeFile represents information to create the file containing the pod field",
    "fields": {
      "fieldRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ObjectFieldSelector"
        },
        "doc": "Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported."
      },
      "mode": {
        "type": "int32",
        "doc": "Optional: mode bits used to set permissions on this file, must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set."
      },
      "path": {
        "type": "string",
        "doc": "Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'"
      },
      "resourceFieldRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ResourceFieldSelector"
        },
        "doc": "Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported."
      }
    },
    "required": [
      "path"
    ]
  },
  "io.k8s.api.core.v1.DownwardAPIVolumeSource": {
    "doc": "DownwardAPIVolumeSource represents a volume containing downward API info. Downward API volumes support ownership management and SELinux relabeling.",
    "fields": {
      "defaultMode": {
        "type": "int32",
        "doc": "Optional: mode bits to use on created files by default. Must be a Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set."
      },
      "items": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.DownwardAPIVolumeFile"
          }
        },
        "doc": "Items is a list of downward API volume file",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.EmptyDirVolumeSource": {
    "doc": "Represents an empty directory for a pod. Empty directory volumes support ownership management and SELinux relabeling.",
    "fields": {
      "medium": {
        "type": "string",
        "doc": "medium represents what type of storage medium should back this directory. The default is \"\" which means to use the node's default medium. Must be an empty string (default) or Memory. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"
      },
      "sizeLimit": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
        },
        "doc": "sizeLimit is the total amount of local storage required for this EmptyDir volume. The size limit is also applicable for memory medium. The maximum usage on memory medium EmptyDir would be the minimum value between the SizeLimit specified here and the sum of memory limits of all containers in a pod. The default is nil which means that the limit is undefined. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"
      }
    }
  },
  "io.k8s.api.core.v1.EndpointAddress": {
    "doc": "EndpointAddress is a tuple that describes single IP address.",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "The Hostname of this endpoint"
      },
      "ip": {
        "type": "string",
        "doc": "The IP of this endpoint. May not be loopback (127.0.0.0/8 or ::1), link-local (169.254.0.0/16 or fe80::/10), or link-local multicast (224.0.0.0/24 or ff02::/16)."
      },
      "nodeName": {
        "type": "string",
        "doc": "Optional: Node hosting this endpoint. This can be used to determine endpoints local to a node."
      },
      "targetRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ObjectReference"
        },
        "doc": "Reference to object providing the endpoint."
      }
    },
    "required": [
      "ip"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.EndpointPort": {
    "doc": "EndpointPort is a tuple that describes a single port.",
    "fields": {
      "appProtocol": {
        "type": "string",
        "doc": "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol."
      },
      "name": {
        "type": "string",
        "doc": "The name of this port.  This must match the 'name' field in the corresponding ServicePort. Must be a DNS_LABEL. Optional only if one port is defined."
      },
      "port": {
        "type": "int32",
        "doc": "The port number of the endpoint."
      },
      "protocol": {
        "type": "string",
        "doc": "The IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.",
        "enum": [
          "SCTP",
          "TCP",
          "UDP"
        ]
      }
    },
    "required": [
      "port"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.EndpointSubset": {
    "doc": "EndpointSubset is a group of addresses with a common set of ports. The expanded set of endpoints is the Cartesian product of Addresses x Ports. For example, given:\n\n\t{\n\t  Addresses: [{\"ip\": \"10.10.1.1\"}, {\"ip\": \"10.10.2.2\"}],\n\t  Ports:     [{\"name\": \"a\", \"port\": 8675}, {\"name\": \"b\", \"port\": 309}]\n\t}\n\nThe resulting set of endpoints can be viewed as:\n\n\ta: [ 10.10.1.1:8675, 10.10.2.2:8675 ],\n\tb: [ 10.10.1.1:309, 10.10.2.2:309 ]",
    "fields": {
      "addresses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EndpointAddress"
          }
        },
        "doc": "IP addresses which offer the related ports that are marked as ready. These endpoints should be considered safe for load balancers and clients to utilize.",
        "listType": "atomic"
      },
      "notReadyAddresses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EndpointAddress"
          }
        },
        "doc": "IP addresses which offer the related ports but are not currently marked as ready because they have not yet finished starting, have recently failed a readiness check, or have recently failed a liveness check.",
        "listType": "atomic"
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EndpointPort"
          }
        },
        "doc": "Port numbers available on the related IP addresses.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.Endpoints": {
    "doc": "Endpoints is a collection of endpoints that implement the actual service. Example:\n\n\t Name: \"mysvc\",\n\t Subsets: [\n\t   {\n\t     Addresses: [{\"ip\": \"10.10.1.1\"}, {\"ip\": \"10.10.2.2\"}],\n\t     Ports: [{\"name\": \"a\", \"port\": 8675}, {\"name\": \"b\", \"port\": 309}]\n\t   },\n\t   {\n\t     Addresses: [{\"ip\": \"10.10.3.3\"}],\n\t     Ports: [{\"name\": \"a\", \"port\": 93}, {\"name\": \"b\", \"port\": 76}]\n\t   },\n\t]",
    "fields": {
      "subsets": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EndpointSubset"
          }
        },
        "doc": "The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.EnvFromSource": {
    "doc": "EnvFromSource represents the source of a set of ConfigMaps",
    "fields": {
      "configMapRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ConfigMapEnvSource"
        },
        "doc": "The ConfigMap to select from"
      },
      "prefix": {
        "type": "string",
        "doc": "An optional identifier to prepend to each key in the ConfigMap. Must be a C_IDENTIFIER."
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.SecretEnvSource"
        },
        "doc": "The Secret to select from"
      }
    }
  },
  "io.k8s.api.core.v1.EnvVar": {
    "doc": "EnvVar represents an environment variable present in a Container.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of the environment variable. Must be a C_IDENTIFIER."
      },
      "value": {
        "type": "string",
        "doc": "Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to \"\"."
      },
      "valueFrom": {
        "type": {
          "ref": "io.k8s.api.core.v1.EnvVarSource"
        },
        "doc": "Source for the environment variable's value. Cannot be used if value is not empty."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.EnvVarSource": {
    "doc": "EnvVarSource represents a source for the value of an EnvVar.",
    "fields": {
      "configMapKeyRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ConfigMapKeySelector"
        },
        "doc": "Selects a key of a ConfigMap."
      },
      "fieldRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ObjectFieldSelector"
        },
        "doc": "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs."
      },
      "resourceFieldRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ResourceFieldSelector"
        },
        "doc": "Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported."
      },
      "secretKeyRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.SecretKeySelector"
        },
        "doc": "Selects a key of a secret in the pod's namespace"
      }
    }
  },
  "io.k8s.api.core.v1.EphemeralContainer": {
    "doc": "An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and they will not be restarted when they exit or when a Pod is removed or restarted. The kubelet may evict a Pod if an ephemeral container causes the Pod to exceed its resource allocation.\n\nTo add an ephemeral container, use the ephemeralcontainers subresource of an existing Pod. Ephemeral containers may not be removed or restarted.",
    "fields": {
      "args": {
        "type": {
          "list": "string"
        },
        "doc": "Arguments to the entrypoint. The image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        "listType": "atomic"
      },
      "command": {
        "type": {
          "list": "string"
        },
        "doc": "Entrypoint array. Not executed within a shell. The image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. \"$$(VAR_NAME)\" will produce the string literal \"$(VAR_NAME)\". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
        "listType": "atomic"
      },
      "env": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EnvVar"
          }
        },
        "doc": "List of environment variables to set in the container. Cannot be updated.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "envFrom": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EnvFromSource"
          }
        },
        "doc": "List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.",
        "listType": "atomic"
      },
      "image": {
        "type": "string",
        "doc": "Container image name. More info: https://kubernetes.io/docs/concepts/containers/images"
      },
      "imagePullPolicy": {
        "type": "string",
        "doc": "Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images"
      },
      "lifecycle": {
        "type": {
          "ref": "io.k8s.api.core.v1.Lifecycle"
        },
        "doc": "Lifecycle is not allowed for ephemeral containers."
      },
      "livenessProbe": {
        "type": {
          "ref": "io.k8s.api.core.v1.Probe"
        },
        "doc": "Probes are not allowed for ephemeral containers."
      },
      "name": {
        "type": "string",
        "doc": "Name of the ephemeral container specified as a DNS_LABEL. This name must be unique among all containers, init containers and ephemeral containers."
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerPort"
          }
        },
        "doc": "Ports are not allowed for ephemeral containers.",
        "listType": "map",
        "listMapKeys": [
          "containerPort",
          "protocol"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "containerPort"
      },
      "readinessProbe": {
        "type": {
          "ref": "io.k8s.api.core.v1.Probe"
        },
        "doc": "Probes are not allowed for ephemeral containers."
      },
      "resizePolicy": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerResizePolicy"
          }
        },
        "doc": "Resources resize policy for the container.",
        "listType": "atomic"
      },
      "resources": {
        "type": {
          "ref": "io.k8s.api.core.v1.ResourceRequirements"
        },
        "doc": "Resources are not allowed for ephemeral containers. Ephemeral containers use spare resources already allocated to the pod."
      },
      "restartPolicy": {
        "type": "string",
        "doc": "Restart policy for the container to manage the restart behavior of each container within a pod. This may only be set for init containers. You cannot set this field on ephemeral containers."
      },
      "securityContext": {
        "type": {
          "ref": "io.k8s.api.core.v1.SecurityContext"
        },
        "doc": "Optional: SecurityContext defines the security options the ephemeral container should be run with. If set, the fields of SecurityContext override the equivalent fields of PodSecurityContext."
      },
      "startupProbe": {
        "type": {
          "ref": "io.k8s.api.core.v1.Probe"
        },
        "doc": "Probes are not allowed for ephemeral containers."
      },
      "stdin": {
        "type": "boolean",
        "doc": "Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false."
      },
      "stdinOnce": {
        "type": "boolean",
        "doc": "Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false"
      },
      "targetContainerName": {
        "type": "string",
        "doc": "If set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container. If not set then the ephemeral container uses the namespaces configured in the Pod spec.\n\nThe container runtime must implement support for this feature. If the runtime does not support namespace targeting then the result of setting this field is undefined."
      },
      "terminationMessagePath": {
        "type": "string",
        "doc": "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated."
      },
      "terminationMessagePolicy": {
        "type": "string",
        "doc": "Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated."
      },
      "tty": {
        "type": "boolean",
        "doc": "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false."
      },
      "volumeDevices": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.VolumeDevice"
          }
        },
        "doc": "volumeDevices is the list of block devices to be used by the container.",
        "listType": "map",
        "listMapKeys": [
          "devicePath"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "devicePath"
      },
      "volumeMounts": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.VolumeMount"
          }
        },
        "doc": "Pod volumes to mount into the container's filesystem. Subpath mounts are not allowed for ephemeral containers. Cannot be updated.",
        "listType": "map",
        "listMapKeys": [
          "mountPath"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "mountPath"
      },
      "workingDir": {
        "type": "string",
        "doc": "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.EphemeralVolumeSource": {
    "doc": "Represents an ephemeral volume that is handled by a normal storage driver.",
    "fields": {
      "volumeClaimTemplate": {
        "type": {
          "ref": "io.k8s.api.core.v1.PersistentVolumeClaimTemplate"
        },
        "doc": "Will be used to create a stand-alone PVC to provision the volume. The pod in which this EphemeralVolumeSource is embedded will be the owner of the PVC, i.e. the PVC will be deleted together with the pod.  The name of the PVC will be `<pod name>-<volume name>` where `<volume name>` is the name from the `PodSpec.Volumes` array entry. Pod validation will reject the pod if the concatenated name is not valid for a PVC (for example, too long).\n\nAn existing PVC with that name that is not owned by the pod will *not* be used for the pod to avoid using an unrelated volume by mistake. Starting the pod is then blocked until the unrelated PVC is removed. If such a pre-created PVC is meant to be used by the pod, the PVC has to updated with an owner reference to the pod once the pod exists. Normally this should not be necessary, but it may be useful when manually reconstructing a broken cluster.\n\nThis field is read-only and no changes will be made by Kubernetes to the PVC after it has been created.\n\nRequired, must not be nil."
      }
    }
  },
  "io.k8s.api.core.v1.Event": {
    "doc": "Event is a report of an event somewhere in the cluster.  Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.",
    "fields": {
      "action": {
        "type": "string",
        "doc": "What action was taken/failed regarding to the Regarding object."
      },
      "count": {
        "type": "int32",
        "doc": "The number of times this event has occurred."
      },
      "eventTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"
        },
        "doc": "Time when this Event was first observed."
      },
      "firstTimestamp": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"
      },
      "involvedObject": {
        "type": {
          "ref": "io.k8s.api.core.v1.ObjectReference"
        },
        "doc": "The object that this event is about."
      },
      "lastTimestamp": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "The time at which the most recent occurrence of this event was recorded."
      },
      "message": {
        "type": "string",
        "doc": "A human-readable description of the status of this operation."
      },
      "reason": {
        "type": "string",
        "doc": "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."
      },
      "related": {
        "type": {
          "ref": "io.k8s.api.core.v1.ObjectReference"
        },
        "doc": "Optional secondary object for more complex actions."
      },
      "reportingComponent": {
        "type": "string",
        "doc": "Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.",
        "default": ""
      },
      "reportingInstance": {
        "type": "string",
        "doc": "ID of the controller instance, e.g. `kubelet-xyzf`.",
        "default": ""
      },
      "series": {
        "type": {
          "ref": "io.k8s.api.core.v1.EventSeries"
        },
        "doc": "Data about the Event series this event represents or nil if it's a singleton Event."
      },
      "source": {
        "type": {
          "ref": "io.k8s.api.core.v1.EventSource"
        },
        "doc": "The component reporting this event. Should be a short machine understandable string."
      },
      "type": {
        "type": "string",
        "doc": "Type of this event (Normal, Warning), new types could be added in the future"
      }
    },
    "required": [
      "metadata",
      "involvedObject"
    ]
  },
  "io.k8s.api.core.v1.EventSeries": {
    "doc": "EventSeries contain information on series of events, i.e. thing that was/is happening continuously for some time.",
    "fields": {
      "count": {
        "type": "int32",
        "doc": "Number of occurrences in this series up to the last heartbeat time"
      },
      "lastObservedTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"
        },
        "doc": "Time of the last occurrence observed"
      }
    }
  },
  "io.k8s.api.core.v1.EventSource": {
    "doc": "EventSource contains information for an event.",
    "fields": {
      "component": {
        "type": "string",
        "doc": "Component from which the event is generated."
      },
      "host": {
        "type": "string",
        "doc": "Node name on which the event is generated."
      }
    }
  },
  "io.k8s.api.core.v1.ExecAction": {
    "doc": "ExecAction describes a \"run in container\" action.",
    "fields": {
      "command": {
        "type": {
          "list": "string"
        },
        "doc": "Command is the command line to execute inside the container, the working directory for the command  is root ('/') in the container's filesystem. The command is simply exec'd, it is not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use a shell, you need to explicitly call out to that shell. Exit status of 0 is treated as live/healthy and non-zero is unhealthy.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.FCVolumeSource": {
    "doc": "Represents a Fibre Channel volume. Fibre Channel volumes can only be mounted as read/write once. Fibre Channel volumes support ownership management and SELinux relabeling.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified."
      },
      "lun": {
        "type": "int32",
        "doc": "lun is Optional: FC target lun number"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly is Optional: Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      },
      "targetWWNs": {
        "type": {
          "list": "string"
        },
        "doc": "targetWWNs is Optional: FC target worldwide names (WWNs)",
        "listType": "atomic"
      },
      "wwids": {
        "type": {
          "list": "string"
        },
        "doc": "wwids Optional: FC volume world wide identifiers (wwids) Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.FlexVolumeSource": {
    "doc": "FlexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin.",
    "fields": {
      "driver": {
        "type": "string",
        "doc": "driver is the name of the driver to use for this volume."
      },
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". The default filesystem depends on FlexVolume script."
      },
      "options": {
        "type": {
          "map": "string"
        },
        "doc": "options is Optional: this field holds extra command options if any."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly is Optional: defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef is Optional: secretRef is reference to the secret object containing sensitive information to pass to the plugin scripts. This may be empty if no secret object is specified. If the secret object contains more than one secret, all secrets are passed to the plugin scripts."
      }
    },
    "required": [
      "driver"
    ]
  },
  "io.k8s.api.core.v1.FlockerVolumeSource": {
    "doc": "Represents a Flocker volume mounted by the Flocker agent. One and only one of datasetName and datasetUUID should be set. Flocker volumes do not support ownership management or SELinux relabeling.",
    "fields": {
      "datasetName": {
        "type": "string",
        "doc": "datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker should be considered as deprecated"
      },
      "datasetUUID": {
        "type": "string",
        "doc": "datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset"
      }
    }
  },
  "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource": {
    "doc": "Represents a Persistent Disk resource in Google Compute Engine.\n\nA GCE PD must exist before mounting to a container. The disk must also be in the same GCE project and zone as the kubelet. A GCE PD can only be mounted as read/write once or read-only many times. GCE PDs support ownership management and SELinux relabeling.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"
      },
      "partition": {
        "type": "int32",
        "doc": "partition is the partition in the volume that you want to mount. If omitted, the default is to mount by volume name. Examples: For volume /dev/sda1, you specify the partition as \"1\". Similarly, the volume partition for /dev/sda is \"0\" (or you can leave the property empty). More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"
      },
      "pdName": {
        "type": "string",
        "doc": "pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"
      }
    },
    "required": [
      "pdName"
    ]
  },
  "io.k8s.api.core.v1.GRPCAction": {
    "doc": "GRPCAction specifies an action involving a GRPC service.",
    "fields": {
      "port": {
        "type": "int32",
        "doc": "Port number of the gRPC service. Number must be in the range 1 to 65535."
      },
      "service": {
        "type": "string",
        "doc": "Service is the name of the service to place in the gRPC HealthCheckRequest (see https://github.com/grpc/grpc/blob/master/doc/health-checking.md).\n\nIf this is not specified, the default behavior is defined by gRPC."
      }
    },
    "required": [
      "port"
    ]
  },
  "io.k8s.api.core.v1.GitRepoVolumeSource": {
    "doc": "Represents a volume that is populated with the contents of a git repository. Git repo volumes do not support ownership management. Git repo volumes support SELinux relabeling.\n\nDEPRECATED: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container.",
    "fields": {
      "directory": {
        "type": "string",
        "doc": "directory is the target directory name. Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the git repository.  Otherwise, if specified, the volume will contain the git repository in the subdirectory with the given name."
      },
      "repository": {
        "type": "string",
        "doc": "repository is the URL"
      },
      "revision": {
        "type": "string",
        "doc": "revision is the commit hash for the specified revision."
      }
    },
    "required": [
      "repository"
    ]
  },
  "io.k8s.api.core.v1.GlusterfsVolumeSource": {
    "doc": "Represents a Glusterfs mount that lasts the lifetime of a pod. Glusterfs volumes do not support ownership management or SELinux relabeling.",
    "fields": {
      "endpoints": {
        "type": "string",
        "doc": "endpoints is the endpoint name that details Glusterfs topology. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod"
      },
      "path": {
        "type": "string",
        "doc": "path is the Glusterfs volume path. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly here will force the Glusterfs volume to be mounted with read-only permissions. Defaults to false. More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod"
      }
    },
    "required": [
      "endpoints",
      "path"
    ]
  },
  "io.k8s.api.core.v1.HTTPGetAction": {
    "doc": "HTTPGetAction describes an action based on HTTP Get requests.",
    "fields": {
      "host": {
        "type": "string",
        "doc": "Host name to connect to, defaults to the pod IP. You probably want to set \"Host\" in httpHeaders instead."
      },
      "httpHeaders": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.HTTPHeader"
          }
        },
        "doc": "Custom headers to set in the request. HTTP allows repeated headers.",
        "listType": "atomic"
      },
      "path": {
        "type": "string",
        "doc": "Path to access on the HTTP server."
      },
      "port": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
        },
        "doc": "Name or number of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME."
      },
      "scheme": {
        "type": "string",
        "doc": "Scheme to use for connecting to the host. Defaults to HTTP."
      }
    },
    "required": [
      "port"
    ]
  },
  "io.k8s.api.core.v1.HTTPHeader": {
    "doc": "HTTPHeader describes a custom header to be used in HTTP probes",
    "fields": {
      "name": {
        "type": "string",
        "doc": "The header field name. This will be canonicalized upon output, so case-variant names will be understood as the same header."
      },
      "value": {
        "type": "string",
        "doc": "The header field value"
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.api.core.v1.HostAlias": {
    "doc": "HostAlias holds the mapping between IP and hostnames that will be injected as an entry in the pod's hosts file.",
    "fields": {
      "hostnames": {
        "type": {
          "list": "string"
        },
        "doc": "Hostnames for the above IP address.",
        "listType": "atomic"
      },
      "ip": {
        "type": "string",
        "doc": "IP address of the host file entry."
      }
    },
    "required": [
      "ip"
    ]
  },
  "io.k8s.api.core.v1.HostIP": {
    "doc": "HostIP represents a single IP address allocated to the host.",
    "fields": {
      "ip": {
        "type": "string",
        "doc": "IP is the IP address assigned to the host"
      }
    },
    "required": [
      "ip"
    ]
  },
  "io.k8s.api.core.v1.HostPathVolumeSource": {
    "doc": "Represents a host path mapped into a pod. Host path volumes do not support ownership management or SELinux relabeling.",
    "fields": {
      "path": {
        "type": "string",
        "doc": "path of the directory on the host. If the path is a symlink, it will follow the link to the real path. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath"
      },
      "type": {
        "type": "string",
        "doc": "type for HostPath Volume Defaults to \"\" More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath"
      }
    },
    "required": [
      "path"
    ]
  },
  "io.k8s.api.core.v1.ISCSIVolumeSource": {
    "doc": "Represents an ISCSI disk. ISCSI volumes can only be mounted as read/write once. ISCSI volumes support ownership management and SELinux relabeling.",
    "fields": {
      "chapAuthDiscovery": {
        "type": "boolean",
        "doc": "chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication"
      },
      "chapAuthSession": {
        "type": "boolean",
        "doc": "chapAuthSession defines whether support iSCSI Session CHAP authentication"
      },
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi"
      },
      "initiatorName": {
        "type": "string",
        "doc": "initiatorName is the custom iSCSI Initiator Name. If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface <target portal>:<volume name> will be created for the connection."
      },
      "iqn": {
        "type": "string",
        "doc": "iqn is the target iSCSI Qualified Name."
      },
      "iscsiInterface": {
        "type": "string",
        "doc": "iscsiInterface is the interface Name that uses an iSCSI transport. Defaults to 'default' (tcp)."
      },
      "lun": {
        "type": "int32",
        "doc": "lun represents iSCSI Target Lun number."
      },
      "portals": {
        "type": {
          "list": "string"
        },
        "doc": "portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260).",
        "listType": "atomic"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false."
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef is the CHAP Secret for iSCSI target and initiator authentication"
      },
      "targetPortal": {
        "type": "string",
        "doc": "targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port is other than default (typically TCP ports 860 and 3260)."
      }
    },
    "required": [
      "targetPortal",
      "iqn",
      "lun"
    ]
  },
  "io.k8s.api.core.v1.ImageVolumeSource": {
    "doc": "ImageVolumeSource represents a image volume resource.",
    "fields": {
      "pullPolicy": {
        "type": "string",
        "doc": "Policy for pulling OCI objects. Possible values are: Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise."
      },
      "reference": {
        "type": "string",
        "doc": "Required: Image or artifact reference to be used. Behaves in the same way as pod.spec.containers[*].image. Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets."
      }
    }
  },
  "io.k8s.api.core.v1.KeyToPath": {
    "doc": "Maps a string key to a path within a volume.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "key is the key to project."
      },
      "mode": {
        "type": "int32",
        "doc": "mode is Optional: mode bits used to set permissions on this file. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. If not specified, the volume defaultMode will be used. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set."
      },
      "path": {
        "type": "string",
        "doc": "path is the relative path of the file to map the key to. May not be an absolute path. May not contain the path element '..'. May not start with the string '..'."
      }
    },
    "required": [
      "key",
      "path"
    ]
  },
  "io.k8s.api.core.v1.Lifecycle": {
    "doc": "Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.",
    "fields": {
      "postStart": {
        "type": {
          "ref": "io.k8s.api.core.v1.LifecycleHandler"
        },
        "doc": "PostStart is called immediately after a container is created. If the handler fails, the container is terminated and restarted according to its restart policy. Other management of the container blocks until the hook completes. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"
      },
      "preStop": {
        "type": {
          "ref": "io.k8s.api.core.v1.LifecycleHandler"
        },
        "doc": "PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc. The handler is not called if the container crashes or exits. The Pod's termination grace period countdown begins before the PreStop hook is executed. Regardless of the outcome of the handler, the container will eventually terminate within the Pod's termination grace period (unless delayed by finalizers). Other management of the container blocks until the hook completes or until the termination grace period is reached. More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks"
      }
    }
  },
  "io.k8s.api.core.v1.LifecycleHandler": {
    "doc": "LifecycleHandler defines a specific action that should be taken in a lifecycle hook. One and only one of the fields, except TCPSocket must be specified.",
    "fields": {
      "exec": {
        "type": {
          "ref": "io.k8s.api.core.v1.ExecAction"
        },
        "doc": "Exec specifies a command to execute in the container."
      },
      "httpGet": {
        "type": {
          "ref": "io.k8s.api.core.v1.HTTPGetAction"
        },
        "doc": "HTTPGet specifies an HTTP GET request to perform."
      },
      "sleep": {
        "type": {
          "ref": "io.k8s.api.core.v1.SleepAction"
        },
        "doc": "Sleep represents a duration that the container should sleep."
      },
      "tcpSocket": {
        "type": {
          "ref": "io.k8s.api.core.v1.TCPSocketAction"
        },
        "doc": "Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept for backward compatibility. There is no validation of this field and lifecycle hooks will fail at runtime when it is specified."
      }
    }
  },
  "io.k8s.api.core.v1.LinuxContainerUser": {
    "doc": "LinuxContainerUser represents user identity information in Linux containers",
    "fields": {
      "gid": {
        "type": "int64",
        "doc": "GID is the primary gid initially attached to the first process in the container"
      },
      "supplementalGroups": {
        "type": {
          "list": "int64"
        },
        "doc": "SupplementalGroups are the supplemental groups initially attached to the first process in the container",
        "listType": "atomic"
      },
      "uid": {
        "type": "int64",
        "doc": "UID is the primary uid initially attached to the first process in the container"
      }
    },
    "required": [
      "uid",
      "gid"
    ]
  },
  "io.k8s.api.core.v1.LoadBalancerIngress": {
    "doc": "LoadBalancerIngress represents the status of a load-balancer ingress point: traffic intended for the service should be sent to an ingress point.",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "Hostname is set for load-balancer ingress points that are DNS based (typically AWS load-balancers)"
      },
      "ip": {
        "type": "string",
        "doc": "IP is set for load-balancer ingress points that are IP based (typically GCE or OpenStack load-balancers)"
      },
      "ipMode": {
        "type": "string",
        "doc": "IPMode specifies how the load-balancer IP behaves, and may only be specified when the ip field is specified. Setting this to \"VIP\" indicates that traffic is delivered to the node with the destination set to the load-balancer's IP and port. Setting this to \"Proxy\" indicates that traffic is delivered to the node or pod with the destination set to the node's IP and node port or the pod's IP and port. Service implementations may use this information to adjust traffic routing."
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PortStatus"
          }
        },
        "doc": "Ports is a list of records of service ports If used, every port defined in the service should have an entry in it",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.LoadBalancerStatus": {
    "doc": "LoadBalancerStatus represents the status of a load-balancer.",
    "fields": {
      "ingress": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.LoadBalancerIngress"
          }
        },
        "doc": "Ingress is a list containing ingress points for the load-balancer. Traffic intended for the service should be sent to these ingress points.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.LocalObjectReference": {
    "doc": "LocalObjectReference contains enough information to let you locate the referenced object inside the same namespace.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names",
        "default": ""
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.NFSVolumeSource": {
    "doc": "Represents an NFS mount that lasts the lifetime of a pod. NFS volumes do not support ownership management or SELinux relabeling.",
    "fields": {
      "path": {
        "type": "string",
        "doc": "path that is exported by the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly here will force the NFS export to be mounted with read-only permissions. Defaults to false. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"
      },
      "server": {
        "type": "string",
        "doc": "server is the hostname or IP address of the NFS server. More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"
      }
    },
    "required": [
      "server",
      "path"
    ]
  },
  "io.k8s.api.core.v1.Namespace": {
    "doc": "Namespace provides a scope for Names. Use of multiple namespaces is optional.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.core.v1.NamespaceSpec"
        },
        "doc": "Spec defines the behavior of the Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.core.v1.NamespaceStatus"
        },
        "doc": "Status describes the current status of a Namespace. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.core.v1.NamespaceCondition": {
    "doc": "NamespaceCondition contains details about state of namespace.",
    "fields": {
      "lastTransitionTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Last time the condition transitioned from one status to another."
      },
      "message": {
        "type": "string",
        "doc": "Human-readable message indicating details about last transition."
      },
      "reason": {
        "type": "string",
        "doc": "Unique, one-word, CamelCase reason for the condition's last transition."
      },
      "status": {
        "type": "string",
        "doc": "Status of the condition, one of True, False, Unknown."
      },
      "type": {
        "type": "string",
        "doc": "Type of namespace controller condition."
      }
    },
    "required": [
      "type",
      "status"
    ]
  },
  "io.k8s.api.core.v1.NamespaceSpec": {
    "doc": "NamespaceSpec describes the attributes on a Namespace.",
    "fields": {
      "finalizers": {
        "type": {
          "list": "string"
        },
        "doc": "Finalizers is an opaque list of values that must be empty to permanently remove object from storage. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.NamespaceStatus": {
    "doc": "NamespaceStatus is information about the current status of a Namespace.",
    "fields": {
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NamespaceCondition"
          }
        },
        "doc": "Represents the latest available observations of a namespace's current state.",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "phase": {
        "type": "string",
        "doc": "Phase is the current lifecycle phase of the namespace. More info: https://kubernetes.io/docs/tasks/administer-cluster/namespaces/",
        "enum": [
          "Active",
          "Terminating"
        ]
      }
    }
  },
  "io.k8s.api.core.v1.Node": {
    "doc": "Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeSpec"
        },
        "doc": "Spec defines the behavior of a node. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeStatus"
        },
        "doc": "Most recently observed status of the node. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.core.v1.NodeAddress": {
    "doc": "NodeAddress contains information for the node's address.",
    "fields": {
      "address": {
        "type": "string",
        "doc": "The node address."
      },
      "type": {
        "type": "string",
        "doc": "Node address type, one of Hostname, ExternalIP or InternalIP."
      }
    },
    "required": [
      "type",
      "address"
    ]
  },
  "io.k8s.api.core.v1.NodeAffinity": {
    "doc": "Node affinity is a group of node affinity scheduling rules.",
    "fields": {
      "preferredDuringSchedulingIgnoredDuringExecution": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PreferredSchedulingTerm"
          }
        },
        "doc": "The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \"weight\" to the sum if the node matches the corresponding matchExpressions; the node(s) with the highest sum are the most preferred.",
        "listType": "atomic"
      },
      "requiredDuringSchedulingIgnoredDuringExecution": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeSelector"
        },
        "doc": "If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to an update), the system may or may not try to eventually evict the pod from its node."
      }
    }
  },
  "io.k8s.api.core.v1.NodeCondition": {
    "doc": "NodeCondition contains condition information for a node.",
    "fields": {
      "lastHeartbeatTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Last time we got an update on a given condition."
      },
      "lastTransitionTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Last time the condition transit from one status to another."
      },
      "message": {
        "type": "string",
        "doc": "Human readable message indicating details about last transition."
      },
      "reason": {
        "type": "string",
        "doc": "(brief) reason for the condition's last transition."
      },
      "status": {
        "type": "string",
        "doc": "Status of the condition, one of True, False, Unknown."
      },
      "type": {
        "type": "string",
        "doc": "Type of node condition."
      }
    },
    "required": [
      "type",
      "status"
    ]
  },
  "io.k8s.api.core.v1.NodeConfigSource": {
    "doc": "NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding metadata) must be non-nil. This API is deprecated since 1.22",
    "fields": {
      "configMap": {
        "type": {
          "ref": "io.k8s.api.core.v1.ConfigMapNodeConfigSource"
        },
        "doc": "ConfigMap is a reference to a Node's ConfigMap"
      }
    }
  },
  "io.k8s.api.core.v1.NodeConfigStatus": {
    "doc": "NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.",
    "fields": {
      "active": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeConfigSource"
        },
        "doc": "Active reports the checkpointed config the node is actively using. Active will represent either the current version of the Assigned config, or the current LastKnownGood config, depending on whether attempting to use the Assigned config results in an error."
      },
      "assigned": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeConfigSource"
        },
        "doc": "Assigned reports the checkpointed config the node will try to use. When Node.Spec.ConfigSource is updated, the node checkpoints the associated config payload to local disk, along with a record indicating intended config. The node refers to this record to choose its config checkpoint, and reports this record in Assigned. Assigned only updates in the status after the record has been checkpointed to disk. When the Kubelet is restarted, it tries to make the Assigned config the Active config by loading and validating the checkpointed payload identified by Assigned."
      },
      "error": {
        "type": "string",
        "doc": "Error describes any problems reconciling the Spec.ConfigSource to the Active config. Errors may occur, for example, attempting to checkpoint Spec.ConfigSource to the local Assigned record, attempting to checkpoint the payload associated with Spec.ConfigSource, attempting to load or validate the Assigned config, etc. Errors may occur at different points while syncing config. Earlier errors (e.g. download or checkpointing errors) will not result in a rollback to LastKnownGood, and may resolve across Kubelet retries. Later errors (e.g. loading or validating a checkpointed config) will result in a rollback to LastKnownGood. In the latter case, it is usually possible to resolve the error by fixing the config assigned in Spec.ConfigSource. You can find additional information for debugging by searching the error message in the Kubelet log. Error is a human-readable description of the error state; machines can check whether or not Error is empty, but should not rely on the stability of the Error text across Kubelet versions."
      },
      "lastKnownGood": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeConfigSource"
        },
        "doc": "LastKnownGood reports the checkpointed config the node will fall back to when it encounters an error attempting to use the Assigned config. The Assigned config becomes the LastKnownGood config when the node determines that the Assigned config is stable and correct. This is currently implemented as a 10-minute soak period starting when the local record of Assigned config is updated. If the Assigned config is Active at the end of this period, it becomes the LastKnownGood. Note that if Spec.ConfigSource is reset to nil (use local defaults), the LastKnownGood is also immediately reset to nil, because the local default config is always assumed good. You should not make assumptions about the node's method of determining config stability and correctness, as this may change or become configurable in the future."
      }
    }
  },
  "io.k8s.api.core.v1.NodeDaemonEndpoints": {
    "doc": "NodeDaemonEndpoints lists ports opened by daemons running on the Node.",
    "fields": {
      "kubeletEndpoint": {
        "type": {
          "ref": "io.k8s.api.core.v1.DaemonEndpoint"
        },
        "doc": "Endpoint on which Kubelet is listening."
      }
    }
  },
  "io.k8s.api.core.v1.NodeFeatures": {
    "doc": "NodeFeatures describes the set of features implemented by the CRI implementation. The features contained in the NodeFeatures should depend only on the cri implementation independent of runtime handlers.",
    "fields": {
      "supplementalGroupsPolicy": {
        "type": "boolean",
        "doc": "SupplementalGroupsPolicy is set to true if the runtime supports SupplementalGroupsPolicy and ContainerUser."
      }
    }
  },
  "io.k8s.api.core.v1.NodeRuntimeHandler": {
    "doc": "NodeRuntimeHandler is a set of runtime handler information.",
    "fields": {
      "features": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeRuntimeHandlerFeatures"
        },
        "doc": "Supported features."
      },
      "name": {
        "type": "string",
        "doc": "Runtime handler name. Empty for the default runtime handler."
      }
    }
  },
  "io.k8s.api.core.v1.NodeRuntimeHandlerFeatures": {
    "doc": "NodeRuntimeHandlerFeatures is a set of features implemented by the runtime handler.",
    "fields": {
      "recursiveReadOnlyMounts": {
        "type": "boolean",
        "doc": "RecursiveReadOnlyMounts is set to true if the runtime handler supports RecursiveReadOnlyMounts."
      },
      "userNamespaces": {
        "type": "boolean",
        "doc": "UserNamespaces is set to true if the runtime handler supports UserNamespaces, including for volumes."
      }
    }
  },
  "io.k8s.api.core.v1.NodeSelector": {
    "doc": "A node selector represents the union of the results of one or more label queries over a set of nodes; that is, it represents the OR of the selectors represented by the node selector terms.",
    "fields": {
      "nodeSelectorTerms": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NodeSelectorTerm"
          }
        },
        "doc": "Required. A list of node selector terms. The terms are ORed.",
        "listType": "atomic"
      }
    },
    "required": [
      "nodeSelectorTerms"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.NodeSelectorRequirement": {
    "doc": "A node selector requirement is a selector that contains values, a key, and an operator that relates the key and values.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "The label key that the selector applies to."
      },
      "operator": {
        "type": "string",
        "doc": "Represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt."
      },
      "values": {
        "type": {
          "list": "string"
        },
        "doc": "An array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. If the operator is Gt or Lt, the values array must have a single element, which will be interpreted as an integer. This array is replaced during a strategic merge patch.",
        "listType": "atomic"
      }
    },
    "required": [
      "key",
      "operator"
    ]
  },
  "io.k8s.api.core.v1.NodeSelectorTerm": {
    "doc": "A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.",
    "fields": {
      "matchExpressions": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NodeSelectorRequirement"
          }
        },
        "doc": "A list of node selector requirements by node's labels.",
        "listType": "atomic"
      },
      "matchFields": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NodeSelectorRequirement"
          }
        },
        "doc": "A list of node selector requirements by node's fields.",
        "listType": "atomic"
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.NodeSpec": {
    "doc": "NodeSpec describes the attributes that a node is created with.",
    "fields": {
      "configSource": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeConfigSource"
        },
        "doc": "Deprecated: Previously used to specify the source of the node's configuration for the DynamicKubeletConfig feature. This feature is removed."
      },
      "externalID": {
        "type": "string",
        "doc": "Deprecated. Not all kubelets will set this field. Remove field after 1.13. see: https://issues.k8s.io/61966"
      },
      "podCIDR": {
        "type": "string",
        "doc": "PodCIDR represents the pod IP range assigned to the node."
      },
      "podCIDRs": {
        "type": {
          "list": "string"
        },
        "doc": "podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If this field is specified, the 0th entry must match the podCIDR field. It may contain at most 1 value for each of IPv4 and IPv6.",
        "listType": "set",
        "patchStrategy": "merge"
      },
      "providerID": {
        "type": "string",
        "doc": "ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>"
      },
      "taints": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.Taint"
          }
        },
        "doc": "If specified, the node's taints.",
        "listType": "atomic"
      },
      "unschedulable": {
        "type": "boolean",
        "doc": "Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration"
      }
    }
  },
  "io.k8s.api.core.v1.NodeStatus": {
    "doc": "NodeStatus is information about the current status of a node.",
    "fields": {
      "addresses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NodeAddress"
          }
        },
        "doc": "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is declared as mergeable, but the merge key is not sufficiently unique, which can cause data corruption when it is merged. Callers should instead use a full-replacement patch. See https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change during the lifetime of a Node. However, there are some exceptions where this may not be possible, such as Pods that inherit a Node's address in its own status or consumers of the downward API (status.hostIP).",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "allocatable": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Allocatable represents the resources of a node that are available for scheduling. Defaults to Capacity."
      },
      "capacity": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Capacity represents the total resources of a node. More info: https://kubernetes.io/docs/reference/node/node-status/#capacity"
      },
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NodeCondition"
          }
        },
        "doc": "Conditions is an array of current observed node conditions. More info: https://kubernetes.io/docs/reference/node/node-status/#condition",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "config": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeConfigStatus"
        },
        "doc": "Status of the config assigned to the node via the dynamic Kubelet config feature."
      },
      "daemonEndpoints": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeDaemonEndpoints"
        },
        "doc": "Endpoints of daemons running on the Node."
      },
      "features": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeFeatures"
        },
        "doc": "Features describes the set of features implemented by the CRI implementation."
      },
      "images": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerImage"
          }
        },
        "doc": "List of container images on this node",
        "listType": "atomic"
      },
      "nodeInfo": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeSystemInfo"
        },
        "doc": "Set of ids/uuids to uniquely identify the node. More info: https://kubernetes.io/docs/reference/node/node-status/#info"
      },
      "phase": {
        "type": "string",
        "doc": "NodePhase is the recently observed lifecycle phase of the node. More info: https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now is deprecated."
      },
      "runtimeHandlers": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.NodeRuntimeHandler"
          }
        },
        "doc": "The available runtime handlers.",
        "listType": "atomic"
      },
      "volumesAttached": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.AttachedVolume"
          }
        },
        "doc": "List of volumes that are attached to the node.",
        "listType": "atomic"
      },
      "volumesInUse": {
        "type": {
          "list": "string"
        },
        "doc": "List of attachable volumes in use (mounted) by the node.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.NodeSystemInfo": {
    "doc": "NodeSystemInfo is a set of ids/uuids to uniquely identify the node.",
    "fields": {
      "architecture": {
        "type": "string",
        "doc": "The Architecture reported by the node"
      },
      "bootID": {
        "type": "string",
        "doc": "Boot ID reported by the node."
      },
      "containerRuntimeVersion": {
        "type": "string",
        "doc": "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2)."
      },
      "kernelVersion": {
        "type": "string",
        "doc": "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64)."
      },
      "kubeProxyVersion": {
        "type": "string",
        "doc": "Deprecated: KubeProxy Version reported by the node."
      },
      "kubeletVersion": {
        "type": "string",
        "doc": "Kubelet Version reported by the node."
      },
      "machineID": {
        "type": "string",
        "doc": "MachineID reported by the node. For unique machine identification in the cluster this field is preferred. Learn more from man(5) machine-id: http://man7.org/linux/man-pages/man5/machine-id.5.html"
      },
      "operatingSystem": {
        "type": "string",
        "doc": "The Operating System reported by the node"
      },
      "osImage": {
        "type": "string",
        "doc": "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy))."
      },
      "systemUUID": {
        "type": "string",
        "doc": "SystemUUID reported by the node. For unique machine identification MachineID is preferred. This field is specific to Red Hat hosts https://access.redhat.com/documentation/en-us/red_hat_subscription_management/1/html/rhsm/uuid"
      }
    },
    "required": [
      "machineID",
      "systemUUID",
      "bootID",
      "kernelVersion",
      "osImage",
      "containerRuntimeVersion",
      "kubeletVersion",
      "kubeProxyVersion",
      "operatingSystem",
      "architecture"
    ]
  },
  "io.k8s.api.core.v1.ObjectFieldSelector": {
    "doc": "ObjectFieldSelector selects an APIVersioned field of an object.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "Version of the schema the FieldPath is written in terms of, defaults to \"v1\"."
      },
      "fieldPath": {
        "type": "string",
        "doc": "Path of the field to select in the specified API version."
      }
    },
    "required": [
      "fieldPath"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.ObjectReference": {
    "doc": "ObjectReference contains enough information to let you inspect or modify the referred object.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "API version of the referent."
      },
      "fieldPath": {
        "type": "string",
        "doc": "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: \"spec.containers{name}\" (where \"name\" refers to the name of the container that triggered the event) or if no container name is specified \"spec.containers[2]\" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object."
      },
      "kind": {
        "type": "string",
        "doc": "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/"
      },
      "resourceVersion": {
        "type": "string",
        "doc": "Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency"
      },
      "uid": {
        "type": "string",
        "doc": "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids"
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.PersistentVolumeClaimSpec": {
    "doc": "PersistentVolumeClaimSpec describes the common attributes of storage devices and allows a Source for provider-specific attributes",
    "fields": {
      "accessModes": {
        "type": {
          "list": "string"
        },
        "doc": "accessModes contains the desired access modes the volume should have. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1",
        "listType": "atomic"
      },
      "dataSource": {
        "type": {
          "ref": "io.k8s.api.core.v1.TypedLocalObjectReference"
        },
        "doc": "dataSource field can be used to specify either: * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot) * An existing PVC (PersistentVolumeClaim) If the provisioner or an external controller can support the specified data source, it will create a new volume based on the contents of the specified data source. When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef, and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified. If the namespace is specified, then dataSourceRef will not be copied to dataSource."
      },
      "dataSourceRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.TypedObjectReference"
        },
        "doc": "dataSourceRef specifies the object from which to populate the volume with data, if a non-empty volume is desired. This may be any object from a non-empty API group (non core object) or a PersistentVolumeClaim object. When this field is specified, volume binding will only succeed if the type of the specified object matches some installed volume populator or dynamic provisioner. This field will replace the functionality of the dataSource field and as such if both fields are non-empty, they must have the same value. For backwards compatibility, when namespace isn't specified in dataSourceRef, both fields (dataSource and dataSourceRef) will be set to the same value automatically if one of them is empty and the other is non-empty. When namespace is specified in dataSourceRef, dataSource isn't set to the same value and must be empty. There are three important differences between dataSource and dataSourceRef: * While dataSource only allows two specific types of objects, dataSourceRef\n  allows any non-core object, as well as PersistentVolumeClaim objects.\n* While dataSource ignores disallowed values (dropping them), dataSourceRef\n  preserves all values, and generates an error if a disallowed value is\n  specified.\n* While dataSource only allows local objects, dataSourceRef allows objects\n  in any namespaces.\n(Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled. (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled."
      },
      "resources": {
        "type": {
          "ref": "io.k8s.api.core.v1.VolumeResourceRequirements"
        },
        "doc": "resources represents the minimum resources the volume should have. If RecoverVolumeExpansionFailure feature is enabled users are allowed to specify resource requirements that are lower than previous value but must still be higher than capacity recorded in the status field of the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources"
      },
      "selector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "selector is a label query over volumes to consider for binding."
      },
      "storageClassName": {
        "type": "string",
        "doc": "storageClassName is the name of the StorageClass required by the claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1"
      },
      "volumeAttributesClassName": {
        "type": "string",
        "doc": "volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim. If specified, the CSI driver will create or update the volume with the attributes defined in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName, it can be changed after the claim is created. An empty string value means that no VolumeAttributesClass will be applied to the claim but it's not allowed to reset this field to empty string once it is set. If unspecified and the PersistentVolumeClaim is unbound, the default VolumeAttributesClass will be set by the persistentvolume controller if it exists. If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource exists. More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/ (Beta) Using this field requires the VolumeAttributesClass feature gate to be enabled (off by default)."
      },
      "volumeMode": {
        "type": "string",
        "doc": "volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec."
      },
      "volumeName": {
        "type": "string",
        "doc": "volumeName is the binding reference to the PersistentVolume backing this claim."
      }
    }
  },
  "io.k8s.api.core.v1.PersistentVolumeClaimTemplate": {
    "doc": "PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an EphemeralVolumeSource.",
    "fields": {
      "metadata": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
        },
        "doc": "May contain labels and annotations that will be copied into the PVC when creating it. No other fields are allowed and will be rejected during validation."
      },
      "spec": {
        "type": {
          "ref": "io.k8s.api.core.v1.PersistentVolumeClaimSpec"
        },
        "doc": "The specification for the PersistentVolumeClaim. The entire content is copied unchanged into the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim are also valid here."
      }
    },
    "required": [
      "spec"
    ]
  },
  "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource": {
    "doc": "PersistentVolumeClaimVolumeSource references the user's PVC in the same namespace. This volume finds the bound PV and mounts that volume for the pod. A PersistentVolumeClaimVolumeSource is, essentially, a wrapper around another type of volume that is owned by someone else (the system).",
    "fields": {
      "claimName": {
        "type": "string",
        "doc": "claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly Will force the ReadOnly setting in VolumeMounts. Default false."
      }
    },
    "required": [
      "claimName"
    ]
  },
  "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource": {
    "doc": "Represents a Photon Controller persistent disk resource.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified."
      },
      "pdID": {
        "type": "string",
        "doc": "pdID is the ID that identifies Photon Controller persistent disk"
      }
    },
    "required": [
      "pdID"
    ]
  },
  "io.k8s.api.core.v1.Pod": {
    "doc": "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodSpec"
        },
        "doc": "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodStatus"
        },
        "doc": "Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.core.v1.PodAffinity": {
    "doc": "Pod affinity is a group of inter pod affinity scheduling rules.",
    "fields": {
      "preferredDuringSchedulingIgnoredDuringExecution": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.WeightedPodAffinityTerm"
          }
        },
        "doc": "The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \"weight\" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.",
        "listType": "atomic"
      },
      "requiredDuringSchedulingIgnoredDuringExecution": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodAffinityTerm"
          }
        },
        "doc": "If the affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.PodAffinityTerm": {
    "doc": "Defines a set of pods (namely those matching the labelSelector relative to the given namespace(s)) that this pod should be co-located (affinity) or not co-located (anti-affinity) with, where co-located is defined as running on a node whose value of the label with key <topologyKey> matches that of any node on which a pod of the set of pods is running",
    "fields": {
      "labelSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "A label query over a set of resources, in this case pods. If it's null, this PodAffinityTerm matches with no Pods."
      },
      "matchLabelKeys": {
        "type": {
          "list": "string"
        },
        "doc": "MatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both matchLabelKeys and labelSelector. Also, matchLabelKeys cannot be set when labelSelector isn't set. This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).",
        "listType": "atomic"
      },
      "mismatchLabelKeys": {
        "type": {
          "list": "string"
        },
        "doc": "MismatchLabelKeys is a set of pod label keys to select which pods will be taken into consideration. The keys are used to lookup values from the incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)` to select the group of existing pods which pods will be taken into consideration for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming pod labels will be ignored. The default value is empty. The same key is forbidden to exist in both mismatchLabelKeys and labelSelector. Also, mismatchLabelKeys cannot be set when labelSelector isn't set. This is a beta field and requires enabling MatchLabelKeysInPodAffinity feature gate (enabled by default).",
        "listType": "atomic"
      },
      "namespaceSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "A label query over the set of namespaces that the term applies to. The term is applied to the union of the namespaces selected by this field and the ones listed in the namespaces field. null selector and null or empty namespaces list means \"this pod's namespace\". An empty selector ({}) matches all namespaces."
      },
      "namespaces": {
        "type": {
          "list": "string"
        },
        "doc": "namespaces specifies a static list of namespace names that the term applies to. The term is applied to the union of the namespaces listed in this field and the ones selected by namespaceSelector. null or empty namespaces list and null namespaceSelector means \"this pod's namespace\".",
        "listType": "atomic"
      },
      "topologyKey": {
        "type": "string",
        "doc": "This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching the labelSelector in the specified namespaces, where co-located is defined as running on a node whose value of the label with key topologyKey matches that of any node on which any of the selected pods is running. Empty topologyKey is not allowed."
      }
    },
    "required": [
      "topologyKey"
    ]
  },
  "io.k8s.api.core.v1.PodAntiAffinity": {
    "doc": "Pod anti affinity is a group of inter pod anti affinity scheduling rules.",
    "fields": {
      "preferredDuringSchedulingIgnoredDuringExecution": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.WeightedPodAffinityTerm"
          }
        },
        "doc": "The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity expressions specified by this field, but it may choose a node that violates one or more of the expressions. The node that is most preferred is the one with the greatest sum of weights, i.e. for each node that meets all of the scheduling requirements (resource request, requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating through the elements of this field and adding \"weight\" to the sum if the node has pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are the most preferred.",
        "listType": "atomic"
      },
      "requiredDuringSchedulingIgnoredDuringExecution": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodAffinityTerm"
          }
        },
        "doc": "If the anti-affinity requirements specified by this field are not met at scheduling time, the pod will not be scheduled onto the node. If the anti-affinity requirements specified by this field cease to be met at some point during pod execution (e.g. due to a pod label update), the system may or may not try to eventually evict the pod from its node. When there are multiple elements, the lists of nodes corresponding to each podAffinityTerm are intersected, i.e. all terms must be satisfied.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.PodCondition": {
    "doc": "PodCondition contains details for the current condition of this pod.",
    "fields": {
      "lastProbeTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Last time we probed the condition."
      },
      "lastTransitionTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Last time the condition transitioned from one status to another."
      },
      "message": {
        "type": "string",
        "doc": "Human-readable message indicating details about last transition."
      },
      "reason": {
        "type": "string",
        "doc": "Unique, one-word, CamelCase reason for the condition's last transition."
      },
      "status": {
        "type": "string",
        "doc": "Status is the status of the condition. Can be True, False, Unknown. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions"
      },
      "type": {
        "type": "string",
        "doc": "Type is the type of the condition. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions"
      }
    },
    "required": [
      "type",
      "status"
    ]
  },
  "io.k8s.api.core.v1.PodDNSConfig": {
    "doc": "PodDNSConfig defines the DNS parameters of a pod in addition to those generated from DNSPolicy.",
    "fields": {
      "nameservers": {
        "type": {
          "list": "string"
        },
        "doc": "A list of DNS name server IP addresses. This will be appended to the base nameservers generated from DNSPolicy. Duplicated nameservers will be removed.",
        "listType": "atomic"
      },
      "options": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodDNSConfigOption"
          }
        },
        "doc": "A list of DNS resolver options. This will be merged with the base options generated from DNSPolicy. Duplicated entries will be removed. Resolution options given in Options will override those that appear in the base DNSPolicy.",
        "listType": "atomic"
      },
      "searches": {
        "type": {
          "list": "string"
        },
        "doc": "A list of DNS search domains for host-name lookup. This will be appended to the base search paths generated from DNSPolicy. Duplicated search paths will be removed.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.PodDNSConfigOption": {
    "doc": "PodDNSConfigOption defines DNS resolver options of a pod.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is this DNS resolver option's name. Required."
      },
      "value": {
        "type": "string",
        "doc": "Value is this DNS resolver option's value."
      }
    }
  },
  "io.k8s.api.core.v1.PodIP": {
    "doc": "PodIP represents a single IP address allocated to the pod.",
    "fields": {
      "ip": {
        "type": "string",
        "doc": "IP is the IP address assigned to the pod"
      }
    },
    "required": [
      "ip"
    ]
  },
  "io.k8s.api.core.v1.PodOS": {
    "doc": "PodOS defines the OS parameters of a pod.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the operating system. The currently supported values are linux and windows. Additional value may be defined in future and can be one of: https://github.com/opencontainers/runtime-spec/blob/master/config.md#platform-specific-configuration Clients should expect to handle additional values and treat unrecognized values in this field as os: null"
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.PodReadinessGate": {
    "doc": "PodReadinessGate contains the reference to a pod condition",
    "fields": {
      "conditionType": {
        "type": "string",
        "doc": "ConditionType refers to a condition in the pod's condition list with matching type."
      }
    },
    "required": [
      "conditionType"
    ]
  },
  "io.k8s.api.core.v1.PodResourceClaim": {
    "doc": "PodResourceClaim references exactly one ResourceClaim, either directly or by naming a ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.\n\nIt adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers that need access to the ResourceClaim reference it with this name.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL."
      },
      "resourceClaimName": {
        "type": "string",
        "doc": "ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.\n\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set."
      },
      "resourceClaimTemplateName": {
        "type": "string",
        "doc": "ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace as this pod.\n\nThe template will be used to create a new ResourceClaim, which will be bound to this pod. When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource name, along with a generated component, will be used to form a unique name for the ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.\n\nThis field is immutable and no changes will be made to the corresponding ResourceClaim by the control plane after creating the ResourceClaim.\n\nExactly one of ResourceClaimName and ResourceClaimTemplateName must be set."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.PodResourceClaimStatus": {
    "doc": "PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name uniquely identifies this resource claim inside the pod. This must match the name of an entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL."
      },
      "resourceClaimName": {
        "type": "string",
        "doc": "ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the namespace of the Pod. If this is unset, then generating a ResourceClaim was not necessary. The pod.spec.resourceClaims entry can be ignored in this case."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.PodSchedulingGate": {
    "doc": "PodSchedulingGate is associated to a Pod to guard its scheduling.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of the scheduling gate. Each scheduling gate must have a unique name field."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.PodSecurityContext": {
    "doc": "PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext.  Field values of container.securityContext take precedence over field values of PodSecurityContext.",
    "fields": {
      "appArmorProfile": {
        "type": {
          "ref": "io.k8s.api.core.v1.AppArmorProfile"
        },
        "doc": "appArmorProfile is the AppArmor options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows."
      },
      "fsGroup": {
        "type": "int64",
        "doc": "A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod:\n\n1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw----\n\nIf unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows."
      },
      "fsGroupChangePolicy": {
        "type": "string",
        "doc": "fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are \"OnRootMismatch\" and \"Always\". If not specified, \"Always\" is used. Note that this field cannot be set when spec.os.name is windows."
      },
      "runAsGroup": {
        "type": "int64",
        "doc": "The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows."
      },
      "runAsNonRoot": {
        "type": "boolean",
        "doc": "Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence."
      },
      "runAsUser": {
        "type": "int64",
        "doc": "The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows."
      },
      "seLinuxChangePolicy": {
        "type": "string",
        "doc": "seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod. It has no effect on nodes that do not support SELinux or to volumes does not support SELinux. Valid values are \"MountOption\" and \"Recursive\".\n\n\"Recursive\" means relabeling of all files on all Pod volumes by the container runtime. This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.\n\n\"MountOption\" mounts all eligible Pod volumes with `-o context` mount option. This requires all Pods that share the same volume to use the same SELinux label. It is not possible to share the same volume among privileged and unprivileged Pods. Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their CSIDriver instance. Other volumes are always re-labelled recursively. \"MountOption\" value is allowed only when SELinuxMount feature gate is enabled.\n\nIf not specified and SELinuxMount feature gate is enabled, \"MountOption\" is used. If not specified and SELinuxMount feature gate is disabled, \"MountOption\" is used for ReadWriteOncePod volumes and \"Recursive\" for all other volumes.\n\nThis field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.\n\nAll Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state. Note that this field cannot be set when spec.os.name is windows."
      },
      "seLinuxOptions": {
        "type": {
          "ref": "io.k8s.api.core.v1.SELinuxOptions"
        },
        "doc": "The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in SecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows."
      },
      "seccompProfile": {
        "type": {
          "ref": "io.k8s.api.core.v1.SeccompProfile"
        },
        "doc": "The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows."
      },
      "supplementalGroups": {
        "type": {
          "list": "int64"
        },
        "doc": "A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).  If the SupplementalGroupsPolicy feature is enabled, the supplementalGroupsPolicy field determines whether these are in addition to or instead of any group memberships defined in the container image. If unspecified, no additional groups are added, though group memberships defined in the container image may still be used, depending on the supplementalGroupsPolicy field. Note that this field cannot be set when spec.os.name is windows.",
        "listType": "atomic"
      },
      "supplementalGroupsPolicy": {
        "type": "string",
        "doc": "Defines how supplemental groups of the first container processes are calculated. Valid values are \"Merge\" and \"Strict\". If not specified, \"Merge\" is used. (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled and the container runtime must implement support for this feature. Note that this field cannot be set when spec.os.name is windows."
      },
      "sysctls": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.Sysctl"
          }
        },
        "doc": "Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.",
        "listType": "atomic"
      },
      "windowsOptions": {
        "type": {
          "ref": "io.k8s.api.core.v1.WindowsSecurityContextOptions"
        },
        "doc": "The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux."
      }
    }
  },
  "io.k8s.api.core.v1.PodSpec": {
    "doc": "PodSpec is a description of a pod.",
    "fields": {
      "activeDeadlineSeconds": {
        "type": "int64",
        "doc": "Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer."
      },
      "affinity": {
        "type": {
          "ref": "io.k8s.api.core.v1.Affinity"
        },
        "doc": "If specified, the pod's scheduling constraints"
      },
      "automountServiceAccountToken": {
        "type": "boolean",
        "doc": "AutomountServiceAccountToken indicates whether a service account token should be automatically mounted."
      },
      "containers": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.Container"
          }
        },
        "doc": "List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "dnsConfig": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodDNSConfig"
        },
        "doc": "Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy."
      },
      "dnsPolicy": {
        "type": "string",
        "doc": "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.",
        "enum": [
          "ClusterFirst",
          "ClusterFirstWithHostNet",
          "Default",
          "None"
        ]
      },
      "enableServiceLinks": {
        "type": "boolean",
        "doc": "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true."
      },
      "ephemeralContainers": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.EphemeralContainer"
          }
        },
        "doc": "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "hostAliases": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.HostAlias"
          }
        },
        "doc": "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.",
        "listType": "map",
        "listMapKeys": [
          "ip"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "ip"
      },
      "hostIPC": {
        "type": "boolean",
        "doc": "Use the host's ipc namespace. Optional: Default to false."
      },
      "hostNetwork": {
        "type": "boolean",
        "doc": "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false."
      },
      "hostPID": {
        "type": "boolean",
        "doc": "Use the host's pid namespace. Optional: Default to false."
      },
      "hostUsers": {
        "type": "boolean",
        "doc": "Use the host's user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host. This field is alpha-level and is only honored by servers that enable the UserNamespacesSupport feature."
      },
      "hostname": {
        "type": "string",
        "doc": "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value."
      },
      "imagePullSecrets": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.LocalObjectReference"
          }
        },
        "doc": "ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "initContainers": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.Container"
          }
        },
        "doc": "List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "nodeName": {
        "type": "string",
        "doc": "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename"
      },
      "nodeSelector": {
        "type": {
          "map": "string"
        },
        "doc": "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
        "mapType": "atomic"
      },
      "os": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodOS"
        },
        "doc": "Specifies the OS of the containers in the pod. Some pod and container fields are restricted if this is set.\n\nIf the OS field is set to linux, the following fields must be unset: -securityContext.windowsOptions\n\nIf the OS field is set to windows, following fields must be unset: - spec.hostPID - spec.hostIPC - spec.hostUsers - spec.securityContext.appArmorProfile - spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile - spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy - spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser - spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups - spec.securityContext.supplementalGroupsPolicy - spec.containers[*].securityContext.appArmorProfile - spec.containers[*].securityContext.seLinuxOptions - spec.containers[*].securityContext.seccompProfile - spec.containers[*].securityContext.capabilities - spec.containers[*].securityContext.readOnlyRootFilesystem - spec.containers[*].securityContext.privileged - spec.containers[*].securityContext.allowPrivilegeEscalation - spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser - spec.containers[*].securityContext.runAsGroup"
      },
      "overhead": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md"
      },
      "preemptionPolicy": {
        "type": "string",
        "doc": "PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset."
      },
      "priority": {
        "type": "int32",
        "doc": "The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority."
      },
      "priorityClassName": {
        "type": "string",
        "doc": "If specified, indicates the pod's priority. \"system-node-critical\" and \"system-cluster-critical\" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default."
      },
      "readinessGates": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodReadinessGate"
          }
        },
        "doc": "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates",
        "listType": "atomic"
      },
      "resourceClaims": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodResourceClaim"
          }
        },
        "doc": "ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge,retainKeys",
        "patchMergeKey": "name"
      },
      "resources": {
        "type": {
          "ref": "io.k8s.api.core.v1.ResourceRequirements"
        },
        "doc": "Resources is the total amount of CPU and Memory resources required by all containers in the pod. It supports specifying Requests and Limits for \"cpu\" and \"memory\" resource names only. ResourceClaims are not supported.\n\nThis field enables fine-grained control over resource allocation for the entire pod, allowing resource sharing among containers in a pod.\n\nThis is an alpha field and requires enabling the PodLevelResources feature gate."
      },
      "restartPolicy": {
        "type": "string",
        "doc": "Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy",
        "enum": [
          "Always",
          "Never",
          "OnFailure"
        ]
      },
      "runtimeClassName": {
        "type": "string",
        "doc": "RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the \"legacy\" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class"
      },
      "schedulerName": {
        "type": "string",
        "doc": "If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler."
      },
      "schedulingGates": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodSchedulingGate"
          }
        },
        "doc": "SchedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.\n\nSchedulingGates can only be set at pod creation time, and be removed only afterwards.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "name"
      },
      "securityContext": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodSecurityContext"
        },
        "doc": "SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field."
      },
      "serviceAccount": {
        "type": "string",
        "doc": "DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead."
      },
      "serviceAccountName": {
        "type": "string",
        "doc": "ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/"
      },
      "setHostnameAsFQDN": {
        "type": "boolean",
        "doc": "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\Tcpip\\\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false."
      },
      "shareProcessNamespace": {
        "type": "boolean",
        "doc": "Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false."
      },
      "subdomain": {
        "type": "string",
        "doc": "If specified, the fully qualified Pod hostname will be \"<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>\". If not specified, the pod will not have a domainname at all."
      },
      "terminationGracePeriodSeconds": {
        "type": "int64",
        "doc": "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds."
      },
      "tolerations": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.Toleration"
          }
        },
        "doc": "If specified, the pod's tolerations.",
        "listType": "atomic"
      },
      "topologySpreadConstraints": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.TopologySpreadConstraint"
          }
        },
        "doc": "TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.",
        "listType": "map",
        "listMapKeys": [
          "topologyKey",
          "whenUnsatisfiable"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "topologyKey"
      },
      "volumes": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.Volume"
          }
        },
        "doc": "List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge,retainKeys",
        "patchMergeKey": "name"
      }
    },
    "required": [
      "containers"
    ]
  },
  "io.k8s.api.core.v1.PodStatus": {
    "doc": "PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.",
    "fields": {
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodCondition"
          }
        },
        "doc": "Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "containerStatuses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerStatus"
          }
        },
        "doc": "Statuses of containers in this pod. Each container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status",
        "listType": "atomic"
      },
      "ephemeralContainerStatuses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerStatus"
          }
        },
        "doc": "Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status",
        "listType": "atomic"
      },
      "hostIP": {
        "type": "string",
        "doc": "hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns mean that HostIP will not be updated even if there is a node is assigned to pod"
      },
      "hostIPs": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.HostIP"
          }
        },
        "doc": "hostIPs holds the IP addresses allocated to the host. If this field is specified, the first entry must match the hostIP field. This list is empty if the pod has not started yet. A pod can be assigned to a node that has a problem in kubelet which in turns means that HostIPs will not be updated even if there is a node is assigned to this pod.",
        "listType": "atomic",
        "patchStrategy": "merge",
        "patchMergeKey": "ip"
      },
      "initContainerStatuses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ContainerStatus"
          }
        },
        "doc": "Statuses of init containers in this pod. The most recent successful non-restartable init container will have ready = true, the most recently started container will have startTime set. Each init container in the pod should have at most one status in this list, and all statuses should be for containers in the pod. However this is not enforced. If a status for a non-existent container is present in the list, or the list has duplicate names, the behavior of various Kubernetes components is not defined and those statuses might be ignored. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-and-container-status",
        "listType": "atomic"
      },
      "message": {
        "type": "string",
        "doc": "A human readable message indicating details about why the pod is in this condition."
      },
      "nominatedNodeName": {
        "type": "string",
        "doc": "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled."
      },
      "phase": {
        "type": "string",
        "doc": "The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The conditions array, the reason and message fields, and the individual container status arrays contain more detail about the pod's status. There are five possible phase values:\n\nPending: The pod has been accepted by the Kubernetes system, but one or more of the container images has not been created. This includes time before being scheduled as well as time spent downloading images over the network, which could take a while. Running: The pod has been bound to a node, and all of the containers have been created. At least one container is still running, or is in the process of starting or restarting. Succeeded: All containers in the pod have terminated in success, and will not be restarted. Failed: All containers in the pod have terminated, and at least one container has terminated in failure. The container either exited with non-zero status or was terminated by the system. Unknown: For some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod.\n\nMore info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase",
        "enum": [
          "Failed",
          "Pending",
          "Running",
          "Succeeded",
          "Unknown"
        ]
      },
      "podIP": {
        "type": "string",
        "doc": "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."
      },
      "podIPs": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodIP"
          }
        },
        "doc": "podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and IPv6. This list is empty if no IPs have been allocated yet.",
        "listType": "map",
        "listMapKeys": [
          "ip"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "ip"
      },
      "qosClass": {
        "type": "string",
        "doc": "The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes"
      },
      "reason": {
        "type": "string",
        "doc": "A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'"
      },
      "resize": {
        "type": "string",
        "doc": "Status of resources resize desired for pod's containers. It is empty if no resources resize is pending. Any changes to container resources will automatically set this to \"Proposed\""
      },
      "resourceClaimStatuses": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.PodResourceClaimStatus"
          }
        },
        "doc": "Status of resource claims.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ],
        "patchStrategy": "merge,retainKeys",
        "patchMergeKey": "name"
      },
      "startTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod."
      }
    }
  },
  "io.k8s.api.core.v1.PodTemplateSpec": {
    "doc": "PodTemplateSpec describes the data a pod should have when created from a template",
    "fields": {
      "metadata": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
        },
        "doc": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
      },
      "spec": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodSpec"
        },
        "doc": "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.core.v1.PortStatus": {
    "doc": "PortStatus represents the error condition of a service port",
    "fields": {
      "error": {
        "type": "string",
        "doc": "Error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\n  CamelCase names\n- cloud provider specific error values must have names that comply with the\n  format foo.example.com/CamelCase."
      },
      "port": {
        "type": "int32",
        "doc": "Port is the port number of the service port of which status is recorded here"
      },
      "protocol": {
        "type": "string",
        "doc": "Protocol is the protocol of the service port of which status is recorded here The supported values are: \"TCP\", \"UDP\", \"SCTP\""
      }
    },
    "required": [
      "port",
      "protocol"
    ]
  },
  "io.k8s.api.core.v1.PortworxVolumeSource": {
    "doc": "PortworxVolumeSource represents a Portworx volume resource.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fSType represents the filesystem type to mount Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\". Implicitly inferred to be \"ext4\" if unspecified."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      },
      "volumeID": {
        "type": "string",
        "doc": "volumeID uniquely identifies a Portworx volume"
      }
    },
    "required": [
      "volumeID"
    ]
  },
  "io.k8s.api.core.v1.PreferredSchedulingTerm": {
    "doc": "An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).",
    "fields": {
      "preference": {
        "type": {
          "ref": "io.k8s.api.core.v1.NodeSelectorTerm"
        },
        "doc": "A node selector term, associated with the corresponding weight."
      },
      "weight": {
        "type": "int32",
        "doc": "Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100."
      }
    },
    "required": [
      "weight",
      "preference"
    ]
  },
  "io.k8s.api.core.v1.Probe": {
    "doc": "Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.",
    "fields": {
      "exec": {
        "type": {
          "ref": "io.k8s.api.core.v1.ExecAction"
        },
        "doc": "Exec specifies a command to execute in the container."
      },
      "failureThreshold": {
        "type": "int32",
        "doc": "Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1."
      },
      "grpc": {
        "type": {
          "ref": "io.k8s.api.core.v1.GRPCAction"
        },
        "doc": "GRPC specifies a GRPC HealthCheckRequest."
      },
      "httpGet": {
        "type": {
          "ref": "io.k8s.api.core.v1.HTTPGetAction"
        },
        "doc": "HTTPGet specifies an HTTP GET request to perform."
      },
      "initialDelaySeconds": {
        "type": "int32",
        "doc": "Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
      },
      "periodSeconds": {
        "type": "int32",
        "doc": "How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1."
      },
      "successThreshold": {
        "type": "int32",
        "doc": "Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1."
      },
      "tcpSocket": {
        "type": {
          "ref": "io.k8s.api.core.v1.TCPSocketAction"
        },
        "doc": "TCPSocket specifies a connection to a TCP port."
      },
      "terminationGracePeriodSeconds": {
        "type": "int64",
        "doc": "Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset."
      },
      "timeoutSeconds": {
        "type": "int32",
        "doc": "Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
      }
    }
  },
  "io.k8s.api.core.v1.ProjectedVolumeSource": {
    "doc": "Represents a projected volume source",
    "fields": {
      "defaultMode": {
        "type": "int32",
        "doc": "defaultMode are the mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set."
      },
      "sources": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.VolumeProjection"
          }
        },
        "doc": "sources is the list of volume projections. Each entry in this list handles one source.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.core.v1.QuobyteVolumeSource": {
    "doc": "Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support ownership management or SELinux relabeling.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "group to map volume access to Default is no group"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly here will force the Quobyte volume to be mounted with read-only permissions. Defaults to false."
      },
      "registry": {
        "type": "string",
        "doc": "registry represents a single or multiple Quobyte Registry services specified as a string as host:port pair (multiple entries are separated with commas) which acts as the central registry for volumes"
      },
      "tenant": {
        "type": "string",
        "doc": "tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned Quobyte volumes, value is set by the plugin"
      },
      "user": {
        "type": "string",
        "doc": "user to map volume access to Defaults to serivceaccount user"
      },
      "volume": {
        "type": "string",
        "doc": "volume is a string that references an already created Quobyte volume by name."
      }
    },
    "required": [
      "registry",
      "volume"
    ]
  },
  "io.k8s.api.core.v1.RBDVolumeSource": {
    "doc": "Represents a Rados Block Device mount that lasts the lifetime of a pod. RBD volumes support ownership management and SELinux relabeling.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type of the volume that you want to mount. Tip: Ensure that the filesystem type is supported by the host operating system. Examples: \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified. More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd"
      },
      "image": {
        "type": "string",
        "doc": "image is the rados image name. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"
      },
      "keyring": {
        "type": "string",
        "doc": "keyring is the path to key ring for RBDUser. Default is /etc/ceph/keyring. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"
      },
      "monitors": {
        "type": {
          "list": "string"
        },
        "doc": "monitors is a collection of Ceph monitors. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it",
        "listType": "atomic"
      },
      "pool": {
        "type": "string",
        "doc": "pool is the rados pool name. Default is rbd. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly here will force the ReadOnly setting in VolumeMounts. Defaults to false. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef is name of the authentication secret for RBDUser. If provided overrides keyring. Default is nil. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"
      },
      "user": {
        "type": "string",
        "doc": "user is the rados user name. Default is admin. More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it"
      }
    },
    "required": [
      "monitors",
      "image"
    ]
  },
  "io.k8s.api.core.v1.ResourceClaim": {
    "doc": "ResourceClaim references one entry in PodSpec.ResourceClaims.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name must match the name of one entry in pod.spec.resourceClaims of the Pod where this field is used. It makes that resource available inside a container."
      },
      "request": {
        "type": "string",
        "doc": "Request is the name chosen for a request in the referenced claim. If empty, everything from the claim is made available, otherwise only the result of this request."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.ResourceFieldSelector": {
    "doc": "ResourceFieldSelector represents container resources (cpu, memory) and their output format",
    "fields": {
      "containerName": {
        "type": "string",
        "doc": "Container name: required for volumes, optional for env vars"
      },
      "divisor": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
        },
        "doc": "Specifies the output format of the exposed resources, defaults to \"1\""
      },
      "resource": {
        "type": "string",
        "doc": "Required: resource to select"
      }
    },
    "required": [
      "resource"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.ResourceHealth": {
    "doc": "ResourceHealth represents the health of a resource. It has the latest device health information. This is a part of KEP https://kep.k8s.io/4680.",
    "fields": {
      "health": {
        "type": "string",
        "doc": "Health of the resource. can be one of:\n - Healthy: operates as normal\n - Unhealthy: reported unhealthy. We consider this a temporary health issue\n              since we do not have a mechanism today to distinguish\n              temporary and permanent issues.\n - Unknown: The status cannot be determined.\n            For example, Device Plugin got unregistered and hasn't been re-registered since.\n\nIn future we may want to introduce the PermanentlyUnhealthy Status."
      },
      "resourceID": {
        "type": "string",
        "doc": "ResourceID is the unique identifier of the resource. See the ResourceID type for more information."
      }
    },
    "required": [
      "resourceID"
    ]
  },
  "io.k8s.api.core.v1.ResourceRequirements": {
    "doc": "ResourceRequirements describes the compute resource requirements.",
    "fields": {
      "claims": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ResourceClaim"
          }
        },
        "doc": "Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.\n\nThis is an alpha field and requires enabling the DynamicResourceAllocation feature gate.\n\nThis field is immutable. It can only be set for containers.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "limits": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
      },
      "requests": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
      }
    }
  },
  "io.k8s.api.core.v1.ResourceStatus": {
    "doc": "ResourceStatus represents the status of a single resource allocated to a Pod.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of the resource. Must be unique within the pod and in case of non-DRA resource, match one of the resources from the pod spec. For DRA resources, the value must be \"claim:<claim_name>/<request>\". When this status is reported about a container, the \"claim_name\" and \"request\" must match one of the claims of this container."
      },
      "resources": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ResourceHealth"
          }
        },
        "doc": "List of unique resources health. Each element in the list contains an unique resource ID and its health. At a minimum, for the lifetime of a Pod, resource ID must uniquely identify the resource allocated to the Pod on the Node. If other Pod on the same Node reports the status with the same resource ID, it must be the same resource they share. See ResourceID type definition for a specific format it has in various use cases.",
        "listType": "map",
        "listMapKeys": [
          "resourceID"
        ]
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.SELinuxOptions": {
    "doc": "SELinuxOptions are the labels to be applied to the container",
    "fields": {
      "level": {
        "type": "string",
        "doc": "Level is SELinux level label that applies to the container."
      },
      "role": {
        "type": "string",
        "doc": "Role is a SELinux role label that applies to the container."
      },
      "type": {
        "type": "string",
        "doc": "Type is a SELinux type label that applies to the container."
      },
      "user": {
        "type": "string",
        "doc": "User is a SELinux user label that applies to the container."
      }
    }
  },
  "io.k8s.api.core.v1.ScaleIOVolumeSource": {
    "doc": "ScaleIOVolumeSource represents a persistent ScaleIO volume",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Default is \"xfs\"."
      },
      "gateway": {
        "type": "string",
        "doc": "gateway is the host address of the ScaleIO API Gateway."
      },
      "protectionDomain": {
        "type": "string",
        "doc": "protectionDomain is the name of the ScaleIO Protection Domain for the configured storage."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly Defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef references to the secret for ScaleIO user and other sensitive information. If this is not provided, Login operation will fail."
      },
      "sslEnabled": {
        "type": "boolean",
        "doc": "sslEnabled Flag enable/disable SSL communication with Gateway, default false"
      },
      "storageMode": {
        "type": "string",
        "doc": "storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned. Default is ThinProvisioned."
      },
      "storagePool": {
        "type": "string",
        "doc": "storagePool is the ScaleIO Storage Pool associated with the protection domain."
      },
      "system": {
        "type": "string",
        "doc": "system is the name of the storage system as configured in ScaleIO."
      },
      "volumeName": {
        "type": "string",
        "doc": "volumeName is the name of a volume already created in the ScaleIO system that is associated with this volume source."
      }
    },
    "required": [
      "gateway",
      "system",
      "secretRef"
    ]
  },
  "io.k8s.api.core.v1.SeccompProfile": {
    "doc": "SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source may be set.",
    "fields": {
      "localhostProfile": {
        "type": "string",
        "doc": "localhostProfile indicates a profile defined in a file on the node should be used. The profile must be preconfigured on the node to work. Must be a descending path, relative to the kubelet's configured seccomp profile location. Must be set if type is \"Localhost\". Must NOT be set for any other type."
      },
      "type": {
        "type": "string",
        "doc": "type indicates which kind of seccomp profile will be applied. Valid options are:\n\nLocalhost - a profile defined in a file on the node should be used. RuntimeDefault - the container runtime default profile should be used. Unconfined - no profile should be applied."
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.api.core.v1.Secret": {
    "doc": "Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.",
    "fields": {
      "data": {
        "type": {
          "map": "byte"
        },
        "doc": "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4"
      },
      "immutable": {
        "type": "boolean",
        "doc": "Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil."
      },
      "stringData": {
        "type": {
          "map": "string"
        },
        "doc": "stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience. All keys and values are merged into the data field on write, overwriting any existing values. The stringData field is never output when reading from the API."
      },
      "type": {
        "type": "string",
        "doc": "Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types"
      }
    }
  },
  "io.k8s.api.core.v1.SecretEnvSource": {
    "doc": "SecretEnvSource selects a Secret to populate the environment variables with.\n\nThe contents of the target Secret's Data field will represent the key-value pairs as environment variables.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "Specify whether the Secret must be defined"
      }
    }
  },
  "io.k8s.api.core.v1.SecretKeySelector": {
    "doc": "SecretKeySelector selects a key of a Secret.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "The key of the secret to select from.  Must be a valid secret key."
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "Specify whether the Secret or its key must be defined"
      }
    },
    "required": [
      "key"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.SecretProjection": {
    "doc": "Adapts a secret into a projected volume.\n\nThe contents of the target Secret's Data field will be presented in a projected volume as files using the keys in the Data field as the file names. Note that this is identical to a secret volume source without the default mode.",
    "fields": {
      "items": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.KeyToPath"
          }
        },
        "doc": "items if unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        "listType": "atomic"
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "optional": {
        "type": "boolean",
        "doc": "optional field specify whether the Secret or its key must be defined"
      }
    }
  },
  "io.k8s.api.core.v1.SecretVolumeSource": {
    "doc": "Adapts a Secret into a volume.\n\nThe contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.",
    "fields": {
      "defaultMode": {
        "type": "int32",
        "doc": "defaultMode is Optional: mode bits used to set permissions on created files by default. Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511. YAML accepts both octal and decimal values, JSON requires decimal values for mode bits. Defaults to 0644. Directories within the path are not affected by this setting. This might be in conflict with other options that affect the file mode, like fsGroup, and the result can be other mode bits set."
      },
      "items": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.KeyToPath"
          }
        },
        "doc": "items If unspecified, each key-value pair in the Data field of the referenced Secret will be projected into the volume as a file whose name is the key and content is the value. If specified, the listed keys will be projected into the specified paths, and unlisted keys will not be present. If a key is specified which is not present in the Secret, the volume setup will error unless it is marked optional. Paths must be relative and may not contain the '..' path or start with '..'.",
        "listType": "atomic"
      },
      "optional": {
        "type": "boolean",
        "doc": "optional field specify whether the Secret or its keys must be defined"
      },
      "secretName": {
        "type": "string",
        "doc": "secretName is the name of the secret in the pod's namespace to use. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret"
      }
    }
  },
  "io.k8s.api.core.v1.SecurityContext": {
    "doc": "SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext.  When both are set, the values in SecurityContext take precedence.",
    "fields": {
      "allowPrivilegeEscalation": {
        "type": "boolean",
        "doc": "AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1) run as Privileged 2) has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows."
      },
      "appArmorProfile": {
        "type": {
          "ref": "io.k8s.api.core.v1.AppArmorProfile"
        },
        "doc": "appArmorProfile is the AppArmor options to use by this container. If set, this profile overrides the pod's appArmorProfile. Note that this field cannot be set when spec.os.name is windows."
      },
      "capabilities": {
        "type": {
          "ref": "io.k8s.api.core.v1.Capabilities"
        },
        "doc": "The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows."
      },
      "privileged": {
        "type": "boolean",
        "doc": "Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows."
      },
      "procMount": {
        "type": "string",
        "doc": "procMount denotes the type of proc mount to use for the containers. The default value is Default which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows."
      },
      "readOnlyRootFilesystem": {
        "type": "boolean",
        "doc": "Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows."
      },
      "runAsGroup": {
        "type": "int64",
        "doc": "The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows."
      },
      "runAsNonRoot": {
        "type": "boolean",
        "doc": "Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence."
      },
      "runAsUser": {
        "type": "int64",
        "doc": "The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows."
      },
      "seLinuxOptions": {
        "type": {
          "ref": "io.k8s.api.core.v1.SELinuxOptions"
        },
        "doc": "The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container.  May also be set in PodSecurityContext.  If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows."
      },
      "seccompProfile": {
        "type": {
          "ref": "io.k8s.api.core.v1.SeccompProfile"
        },
        "doc": "The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows."
      },
      "windowsOptions": {
        "type": {
          "ref": "io.k8s.api.core.v1.WindowsSecurityContextOptions"
        },
        "doc": "The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux."
      }
    }
  },
  "io.k8s.api.core.v1.Service": {
    "doc": "Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.core.v1.ServiceSpec"
        },
        "doc": "Spec defines the behavior of a service. https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.core.v1.ServiceStatus"
        },
        "doc": "Most recently observed status of the service. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.core.v1.ServiceAccountTokenProjection": {
    "doc": "ServiceAccountTokenProjection represents a projected service account token volume. This projection can be used to insert a service account token into the pods runtime filesystem for use against APIs (Kubernetes API Server or otherwise).",
    "fields": {
      "audience": {
        "type": "string",
        "doc": "audience is the intended audience of the token. A recipient of a token must identify itself with an identifier specified in the audience of the token, and otherwise should reject the token. The audience defaults to the identifier of the apiserver."
      },
      "expirationSeconds": {
        "type": "int64",
        "doc": "expirationSeconds is the requested duration of validity of the service account token. As the token approaches expiration, the kubelet volume plugin will proactively rotate the service account token. The kubelet will start trying to rotate the token if the token is older than 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and must be at least 10 minutes."
      },
      "path": {
        "type": "string",
        "doc": "path is the path relative to the mount point of the file to project the token into."
      }
    },
    "required": [
      "path"
    ]
  },
  "io.k8s.api.core.v1.ServicePort": {
    "doc": "ServicePort contains information on service's port.",
    "fields": {
      "appProtocol": {
        "type": "string",
        "doc": "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol."
      },
      "name": {
        "type": "string",
        "doc": "The name of this port within the service. This must be a DNS_LABEL. All ports within a ServiceSpec must have unique names. When considering the endpoints for a Service, this must match the 'name' field in the EndpointPort. Optional if only one ServicePort is defined on this service."
      },
      "nodePort": {
        "type": "int32",
        "doc": "The port on each node on which this service is exposed when type is NodePort or LoadBalancer.  Usually assigned by the system. If a value is specified, in-range, and not in use it will be used, otherwise the operation will fail.  If not specified, a port will be allocated if this Service requires one.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type from NodePort to ClusterIP). More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport"
      },
      "port": {
        "type": "int32",
        "doc": "The port that will be exposed by this service."
      },
      "protocol": {
        "type": "string",
        "doc": "The IP protocol for this port. Supports \"TCP\", \"UDP\", and \"SCTP\". Default is TCP.",
        "enum": [
          "SCTP",
          "TCP",
          "UDP"
        ],
        "default": "TCP"
      },
      "targetPort": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
        },
        "doc": "Number or name of the port to access on the pods targeted by the service. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME. If this is a string, it will be looked up as a named port in the target Pod's container ports. If this is not specified, the value of the 'port' field is used (an identity map). This field is ignored for services with clusterIP=None, and should be omitted or set equal to the 'port' field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service"
      }
    },
    "required": [
      "port"
    ]
  },
  "io.k8s.api.core.v1.ServiceSpec": {
    "doc": "ServiceSpec describes the attributes that a user creates on a service.",
    "fields": {
      "allocateLoadBalancerNodePorts": {
        "type": "boolean",
        "doc": "allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for services with type LoadBalancer.  Default is \"true\". It may be set to \"false\" if the cluster load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by specifying a value), those requests will be respected, regardless of this field. This field may only be set for services with type LoadBalancer and will be cleared if the type is changed to any other type."
      },
      "clusterIP": {
        "type": "string",
        "doc": "clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be blank) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \"None\", empty string (\"\"), or a valid IP address. Setting this to \"None\" makes a \"headless service\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies"
      },
      "clusterIPs": {
        "type": {
          "list": "string"
        },
        "doc": "ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned randomly.  If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail. This field may not be changed through updates unless the type field is also being changed to ExternalName (which requires this field to be empty) or the type field is being changed from ExternalName (in which case this field may optionally be specified, as describe above).  Valid values are \"None\", empty string (\"\"), or a valid IP address.  Setting this to \"None\" makes a \"headless service\" (no virtual IP), which is useful when direct endpoint connections are preferred and proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If this field is specified when creating a Service of type ExternalName, creation will fail. This field will be wiped when updating a Service to type ExternalName.  If this field is not specified, it will be initialized from the clusterIP field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP have the same value.\n\nThis field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies",
        "listType": "atomic"
      },
      "externalIPs": {
        "type": {
          "list": "string"
        },
        "doc": "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.",
        "listType": "atomic"
      },
      "externalName": {
        "type": "string",
        "doc": "externalName is the external reference that discovery mechanisms will return as an alias for this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be \"ExternalName\"."
      },
      "externalTrafficPolicy": {
        "type": "string",
        "doc": "externalTrafficPolicy describes how nodes distribute service traffic they receive on one of the Service's \"externally-facing\" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs). If set to \"Local\", the proxy will configure the service in a way that assumes that external load balancers will take care of balancing the service traffic between nodes, and so each node will deliver traffic only to the node-local endpoints of the service, without masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will be dropped.) The default value, \"Cluster\", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features). Note that traffic sent to an External IP or LoadBalancer IP from within the cluster will always get \"Cluster\" semantics, but clients sending to a NodePort from within the cluster may need to take traffic policy into account when picking a node.",
        "enum": [
          "Cluster",
          "Local"
        ]
      },
      "healthCheckNodePort": {
        "type": "int32",
        "doc": "healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is specified, is in-range, and is not in use, it will be used.  If not specified, a value will be automatically allocated.  External systems (e.g. load-balancers) can use this port to determine if a given node holds endpoints for this service or not.  If this field is specified when creating a Service which does not need it, creation will fail. This field will be wiped when updating a Service to no longer need it (e.g. changing type). This field cannot be updated once set."
      },
      "internalTrafficPolicy": {
        "type": "string",
        "doc": "InternalTrafficPolicy describes how nodes distribute service traffic they receive on the ClusterIP. If set to \"Local\", the proxy will assume that pods only want to talk to endpoints of the service on the same node as the pod, dropping the traffic if there are no local endpoints. The default value, \"Cluster\", uses the standard behavior of routing to all endpoints evenly (possibly modified by topology and other features).",
        "enum": [
          "Cluster",
          "Local"
        ]
      },
      "ipFamilies": {
        "type": {
          "list": "string"
        },
        "doc": "IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field is usually assigned automatically based on cluster configuration and the ipFamilyPolicy field. If this field is specified manually, the requested family is available in the cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service will fail. This field is conditionally mutable: it allows for adding or removing a secondary IP family, but it does not allow changing the primary IP family of the Service. Valid values are \"IPv4\" and \"IPv6\".  This field only applies to Services of types ClusterIP, NodePort, and LoadBalancer, and does apply to \"headless\" services. This field will be wiped when updating a Service to type ExternalName.\n\nThis field may hold a maximum of two entries (dual-stack families, in either order).  These families must correspond to the values of the clusterIPs field, if specified. Both clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.",
        "listType": "atomic"
      },
      "ipFamilyPolicy": {
        "type": "string",
        "doc": "IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If there is no value provided, then this field will be set to SingleStack. Services can be \"SingleStack\" (a single IP family), \"PreferDualStack\" (two IP families on dual-stack configured clusters or a single IP family on single-stack clusters), or \"RequireDualStack\" (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and clusterIPs fields depend on the value of this field. This field will be wiped when updating a service to type ExternalName.",
        "enum": [
          "PreferDualStack",
          "RequireDualStack",
          "SingleStack"
        ]
      },
      "loadBalancerClass": {
        "type": "string",
        "doc": "loadBalancerClass is the class of the load balancer implementation this Service belongs to. If specified, the value of this field must be a label-style identifier, with an optional prefix, e.g. \"internal-vip\" or \"example.com/internal-vip\". Unprefixed names are reserved for end-users. This field can only be set when the Service type is 'LoadBalancer'. If not set, the default load balancer implementation is used, today this is typically done through the cloud provider integration, but should apply for any default implementation. If set, it is assumed that a load balancer implementation is watching for Services with a matching class. Any default load balancer implementation (e.g. cloud providers) should ignore Services that set this field. This field can only be set when creating or updating a Service to type 'LoadBalancer'. Once set, it can not be changed. This field will be wiped when a service is updated to a non 'LoadBalancer' type."
      },
      "loadBalancerIP": {
        "type": "string",
        "doc": "Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This field will be ignored if the cloud-provider does not support the feature. Deprecated: This field was under-specified and its meaning varies across implementations. Using it is non-portable and it may not support dual-stack. Users are encouraged to use implementation-specific annotations when available."
      },
      "loadBalancerSourceRanges": {
        "type": {
          "list": "string"
        },
        "doc": "If specified and supported by the platform, this will restrict traffic through the cloud-provider load-balancer will be restricted to the specified client IPs. This field will be ignored if the cloud-provider does not support the feature.\" More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/",
        "listType": "atomic"
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.core.v1.ServicePort"
          }
        },
        "doc": "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies",
        "listType": "map",
        "listMapKeys": [
          "port",
          "protocol"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "port"
      },
      "publishNotReadyAddresses": {
        "type": "boolean",
        "doc": "publishNotReadyAddresses indicates that any agent which deals with endpoints for this Service should disregard any indications of ready/not-ready. The primary use case for setting this field is for a StatefulSet's Headless Service to propagate SRV DNS records for its Pods for the purpose of peer discovery. The Kubernetes controllers that generate Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints are considered \"ready\" even if the Pods themselves are not. Agents which consume only Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely assume this behavior."
      },
      "selector": {
        "type": {
          "map": "string"
        },
        "doc": "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/",
        "mapType": "atomic"
      },
      "sessionAffinity": {
        "type": "string",
        "doc": "Supports \"ClientIP\" and \"None\". Used to maintain session affinity. Enable client IP based session affinity. Must be ClientIP or None. Defaults to None. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies",
        "enum": [
          "ClientIP",
          "None"
        ]
      },
      "sessionAffinityConfig": {
        "type": {
          "ref": "io.k8s.api.core.v1.SessionAffinityConfig"
        },
        "doc": "sessionAffinityConfig contains the configurations of session affinity."
      },
      "trafficDistribution": {
        "type": "string",
        "doc": "TrafficDistribution offers a way to express preferences for how traffic is distributed to Service endpoints. Implementations can use this field as a hint, but are not required to guarantee strict adherence. If the field is not set, the implementation will apply its default routing strategy. If set to \"PreferClose\", implementations should prioritize endpoints that are topologically close (e.g., same zone). This is a beta field and requires enabling ServiceTrafficDistribution feature."
      },
      "type": {
        "type": "string",
        "doc": "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer. \"ClusterIP\" allocates a cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the selector or if that is not specified, by manual construction of an Endpoints object or EndpointSlice objects. If clusterIP is \"None\", no virtual IP is allocated and the endpoints are published as a set of endpoints rather than a virtual IP. \"NodePort\" builds on ClusterIP and allocates a port on every node which routes to the same endpoints as the clusterIP. \"LoadBalancer\" builds on NodePort and creates an external load-balancer (if supported in the current cloud) which routes to the same endpoints as the clusterIP. \"ExternalName\" aliases this service to the specified externalName. Several other fields do not apply to ExternalName services. More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types",
        "enum": [
          "ClusterIP",
          "ExternalName",
          "LoadBalancer",
          "NodePort"
        ]
      }
    }
  },
  "io.k8s.api.core.v1.ServiceStatus": {
    "doc": "ServiceStatus represents the current status of a service.",
    "fields": {
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Condition"
          }
        },
        "doc": "Current service state",
        "listType": "map",
        "listMapKeys": [
          "type"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "type"
      },
      "loadBalancer": {
        "type": {
          "ref": "io.k8s.api.core.v1.LoadBalancerStatus"
        },
        "doc": "LoadBalancer contains the current status of the load-balancer, if one is present."
      }
    }
  },
  "io.k8s.api.core.v1.SessionAffinityConfig": {
    "doc": "SessionAffinityConfig represents the configurations of session affinity.",
    "fields": {
      "clientIP": {
        "type": {
          "ref": "io.k8s.api.core.v1.ClientIPConfig"
        },
        "doc": "clientIP contains the configurations of Client IP based session affinity."
      }
    }
  },
  "io.k8s.api.core.v1.SleepAction": {
    "doc": "SleepAction describes a \"sleep\" action.",
    "fields": {
      "seconds": {
        "type": "int64",
        "doc": "Seconds is the number of seconds to sleep."
      }
    },
    "required": [
      "seconds"
    ]
  },
  "io.k8s.api.core.v1.StorageOSVolumeSource": {
    "doc": "Represents a StorageOS persistent volume resource.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is the filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts."
      },
      "secretRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.LocalObjectReference"
        },
        "doc": "secretRef specifies the secret to use for obtaining the StorageOS API credentials.  If not specified, default values will be attempted."
      },
      "volumeName": {
        "type": "string",
        "doc": "volumeName is the human-readable name of the StorageOS volume.  Volume names are only unique within a namespace."
      },
      "volumeNamespace": {
        "type": "string",
        "doc": "volumeNamespace specifies the scope of the volume within StorageOS.  If no namespace is specified then the Pod's namespace will be used.  This allows the Kubernetes name scoping to be mirrored within StorageOS for tighter integration. Set VolumeName to any name to override the default behaviour. Set to \"default\" if you are not using namespaces within StorageOS. Namespaces that do not pre-exist within StorageOS will be created."
      }
    }
  },
  "io.k8s.api.core.v1.Sysctl": {
    "doc": "Sysctl defines a kernel parameter to be set",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name of a property to set"
      },
      "value": {
        "type": "string",
        "doc": "Value of a property to set"
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.api.core.v1.TCPSocketAction": {
    "doc": "TCPSocketAction describes an action based on opening a socket",
    "fields": {
      "host": {
        "type": "string",
        "doc": "Optional: Host name to connect to, defaults to the pod IP."
      },
      "port": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
        },
        "doc": "Number or name of the port to access on the container. Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME."
      }
    },
    "required": [
      "port"
    ]
  },
  "io.k8s.api.core.v1.Taint": {
    "doc": "The node this Taint is attached to has the \"effect\" on any pod that does not tolerate the Taint.",
    "fields": {
      "effect": {
        "type": "string",
        "doc": "Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute."
      },
      "key": {
        "type": "string",
        "doc": "Required. The taint key to be applied to a node."
      },
      "timeAdded": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints."
      },
      "value": {
        "type": "string",
        "doc": "The taint value corresponding to the taint key."
      }
    },
    "required": [
      "key",
      "effect"
    ]
  },
  "io.k8s.api.core.v1.Toleration": {
    "doc": "The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator <operator>.",
    "fields": {
      "effect": {
        "type": "string",
        "doc": "Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute."
      },
      "key": {
        "type": "string",
        "doc": "Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys."
      },
      "operator": {
        "type": "string",
        "doc": "Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category."
      },
      "tolerationSeconds": {
        "type": "int64",
        "doc": "TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system."
      },
      "value": {
        "type": "string",
        "doc": "Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string."
      }
    }
  },
  "io.k8s.api.core.v1.TopologySpreadConstraint": {
    "doc": "TopologySpreadConstraint specifies how to spread matching pods among the given topology.",
    "fields": {
      "labelSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain."
      },
      "matchLabelKeys": {
        "type": {
          "list": "string"
        },
        "doc": "MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector.\n\nThis is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).",
        "listType": "atomic"
      },
      "maxSkew": {
        "type": "int32",
        "doc": "MaxSkew describes the degree to which pods may be unevenly distributed. When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | |  P P  |  P P  |   P   | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed."
      },
      "minDomains": {
        "type": "int32",
        "doc": "MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats \"global minimum\" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won't schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.\n\nFor example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  | The number of domains is less than 5(MinDomains), so \"global minimum\" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew."
      },
      "nodeAffinityPolicy": {
        "type": "string",
        "doc": "NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.\n\nIf this value is nil, the behavior is equivalent to the Honor policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag."
      },
      "nodeTaintsPolicy": {
        "type": "string",
        "doc": "NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included.\n\nIf this value is nil, the behavior is equivalent to the Ignore policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag."
      },
      "topologyKey": {
        "type": "string",
        "doc": "TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a \"bucket\", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is \"kubernetes.io/hostname\", each Node is a domain of that topology. And, if TopologyKey is \"topology.kubernetes.io/zone\", each zone is a domain of that topology. It's a required field."
      },
      "whenUnsatisfiable": {
        "type": "string",
        "doc": "WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location,\n  but giving higher precedence to topologies that would help reduce the\n  skew.\nA constraint is considered \"Unsatisfiable\" for an incoming pod if and only if every possible node assignment for that pod would violate \"MaxSkew\" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won't make it *more* imbalanced. It's a required field."
      }
    },
    "required": [
      "maxSkew",
      "topologyKey",
      "whenUnsatisfiable"
    ]
  },
  "io.k8s.api.core.v1.TypedLocalObjectReference": {
    "doc": "TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.",
    "fields": {
      "apiGroup": {
        "type": "string",
        "doc": "APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the type of resource being referenced"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of resource being referenced"
      }
    },
    "required": [
      "kind",
      "name"
    ],
    "mapType": "atomic"
  },
  "io.k8s.api.core.v1.TypedObjectReference": {
    "doc": "TypedObjectReference contains enough information to let you locate the typed referenced object",
    "fields": {
      "apiGroup": {
        "type": "string",
        "doc": "APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the type of resource being referenced"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of resource being referenced"
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of resource being referenced Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled."
      }
    },
    "required": [
      "kind",
      "name"
    ]
  },
  "io.k8s.api.core.v1.Volume": {
    "doc": "Volume represents a named volume in a pod that may be accessed by any container in the pod.",
    "fields": {
      "awsElasticBlockStore": {
        "type": {
          "ref": "io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource"
        },
        "doc": "awsElasticBlockStore represents an AWS Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore"
      },
      "azureDisk": {
        "type": {
          "ref": "io.k8s.api.core.v1.AzureDiskVolumeSource"
        },
        "doc": "azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod. Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type are redirected to the disk.csi.azure.com CSI driver."
      },
      "azureFile": {
        "type": {
          "ref": "io.k8s.api.core.v1.AzureFileVolumeSource"
        },
        "doc": "azureFile represents an Azure File Service mount on the host and bind mount to the pod. Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type are redirected to the file.csi.azure.com CSI driver."
      },
      "cephfs": {
        "type": {
          "ref": "io.k8s.api.core.v1.CephFSVolumeSource"
        },
        "doc": "cephFS represents a Ceph FS mount on the host that shares a pod's lifetime. Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported."
      },
      "cinder": {
        "type": {
          "ref": "io.k8s.api.core.v1.CinderVolumeSource"
        },
        "doc": "cinder represents a cinder volume attached and mounted on kubelets host machine. Deprecated: Cinder is deprecated. All operations for the in-tree cinder type are redirected to the cinder.csi.openstack.org CSI driver. More info: https://examples.k8s.io/mysql-cinder-pd/README.md"
      },
      "configMap": {
        "type": {
          "ref": "io.k8s.api.core.v1.ConfigMapVolumeSource"
        },
        "doc": "configMap represents a configMap that should populate this volume"
      },
      "csi": {
        "type": {
          "ref": "io.k8s.api.core.v1.CSIVolumeSource"
        },
        "doc": "csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers."
      },
      "downwardAPI": {
        "type": {
          "ref": "io.k8s.api.core.v1.DownwardAPIVolumeSource"
        },
        "doc": "downwardAPI represents downward API about the pod that should populate this volume"
      },
      "emptyDir": {
        "type": {
          "ref": "io.k8s.api.core.v1.EmptyDirVolumeSource"
        },
        "doc": "emptyDir represents a temporary directory that shares a pod's lifetime. More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir"
      },
      "ephemeral": {
        "type": {
          "ref": "io.k8s.api.core.v1.EphemeralVolumeSource"
        },
        "doc": "ephemeral represents a volume that is handled by a cluster storage driver. The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts, and deleted when the pod is removed.\n\nUse this if: a) the volume is only needed while the pod runs, b) features of normal volumes like restoring from snapshot or capacity\n   tracking are needed,\nc) the storage driver is specified through a storage class, and d) the storage driver supports dynamic volume provisioning through\n   a PersistentVolumeClaim (see EphemeralVolumeSource for more\n   information on the connection between this volume type\n   and PersistentVolumeClaim).\n\nUse PersistentVolumeClaim or one of the vendor-specific APIs for volumes that persist for longer than the lifecycle of an individual pod.\n\nUse CSI for light-weight local ephemeral volumes if the CSI driver is meant to be used that way - see the documentation of the driver for more information.\n\nA pod can use both types of ephemeral volumes and persistent volumes at the same time."
      },
      "fc": {
        "type": {
          "ref": "io.k8s.api.core.v1.FCVolumeSource"
        },
        "doc": "fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod."
      },
      "flexVolume": {
        "type": {
          "ref": "io.k8s.api.core.v1.FlexVolumeSource"
        },
        "doc": "flexVolume represents a generic volume resource that is provisioned/attached using an exec based plugin. Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead."
      },
      "flocker": {
        "type": {
          "ref": "io.k8s.api.core.v1.FlockerVolumeSource"
        },
        "doc": "flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running. Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported."
      },
      "gcePersistentDisk": {
        "type": {
          "ref": "io.k8s.api.core.v1.GCEPersistentDiskVolumeSource"
        },
        "doc": "gcePersistentDisk represents a GCE Disk resource that is attached to a kubelet's host machine and then exposed to the pod. Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver. More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk"
      },
      "gitRepo": {
        "type": {
          "ref": "io.k8s.api.core.v1.GitRepoVolumeSource"
        },
        "doc": "gitRepo represents a git repository at a particular revision. Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir into the Pod's container."
      },
      "glusterfs": {
        "type": {
          "ref": "io.k8s.api.core.v1.GlusterfsVolumeSource"
        },
        "doc": "glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime. Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported. More info: https://examples.k8s.io/volumes/glusterfs/README.md"
      },
      "hostPath": {
        "type": {
          "ref": "io.k8s.api.core.v1.HostPathVolumeSource"
        },
        "doc": "hostPath represents a pre-existing file or directory on the host machine that is directly exposed to the container. This is generally used for system agents or other privileged things that are allowed to see the host machine. Most containers will NOT need this. More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath"
      },
      "image": {
        "type": {
          "ref": "io.k8s.api.core.v1.ImageVolumeSource"
        },
        "doc": "image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine. The volume is resolved at pod startup depending on which PullPolicy value is provided:\n\n- Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails. - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present. - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.\n\nThe volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation. A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message. The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field. The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images. The volume will be mounted read-only (ro) and non-executable files (noexec). Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath). The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type."
      },
      "iscsi": {
        "type": {
          "ref": "io.k8s.api.core.v1.ISCSIVolumeSource"
        },
        "doc": "iscsi represents an ISCSI Disk resource that is attached to a kubelet's host machine and then exposed to the pod. More info: https://examples.k8s.io/volumes/iscsi/README.md"
      },
      "name": {
        "type": "string",
        "doc": "name of the volume. Must be a DNS_LABEL and unique within the pod. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names"
      },
      "nfs": {
        "type": {
          "ref": "io.k8s.api.core.v1.NFSVolumeSource"
        },
        "doc": "nfs represents an NFS mount on the host that shares a pod's lifetime More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs"
      },
      "persistentVolumeClaim": {
        "type": {
          "ref": "io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource"
        },
        "doc": "persistentVolumeClaimVolumeSource represents a reference to a PersistentVolumeClaim in the same namespace. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims"
      },
      "photonPersistentDisk": {
        "type": {
          "ref": "io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource"
        },
        "doc": "photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine. Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported."
      },
      "portworxVolume": {
        "type": {
          "ref": "io.k8s.api.core.v1.PortworxVolumeSource"
        },
        "doc": "portworxVolume represents a portworx volume attached and mounted on kubelets host machine. Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate is on."
      },
      "projected": {
        "type": {
          "ref": "io.k8s.api.core.v1.ProjectedVolumeSource"
        },
        "doc": "projected items for all in one resources secrets, configmaps, and downward API"
      },
      "quobyte": {
        "type": {
          "ref": "io.k8s.api.core.v1.QuobyteVolumeSource"
        },
        "doc": "quobyte represents a Quobyte mount on the host that shares a pod's lifetime. Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported."
      },
      "rbd": {
        "type": {
          "ref": "io.k8s.api.core.v1.RBDVolumeSource"
        },
        "doc": "rbd represents a Rados Block Device mount on the host that shares a pod's lifetime. Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported. More info: https://examples.k8s.io/volumes/rbd/README.md"
      },
      "scaleIO": {
        "type": {
          "ref": "io.k8s.api.core.v1.ScaleIOVolumeSource"
        },
        "doc": "scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes. Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported."
      },
      "secret": {
        "type": {
          "ref": "io.k8s.api.core.v1.SecretVolumeSource"
        },
        "doc": "secret represents a secret that should populate this volume. More info: https://kubernetes.io/docs/concepts/storage/volumes#secret"
      },
      "storageos": {
        "type": {
          "ref": "io.k8s.api.core.v1.StorageOSVolumeSource"
        },
        "doc": "storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes. Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported."
      },
      "vsphereVolume": {
        "type": {
          "ref": "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource"
        },
        "doc": "vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine. Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type are redirected to the csi.vsphere.vmware.com CSI driver."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.core.v1.VolumeDevice": {
    "doc": "volumeDevice describes a mapping of a raw block device within a container.",
    "fields": {
      "devicePath": {
        "type": "string",
        "doc": "devicePath is the path inside of the container that the device will be mapped to."
      },
      "name": {
        "type": "string",
        "doc": "name must match the name of a persistentVolumeClaim in the pod"
      }
    },
    "required": [
      "name",
      "devicePath"
    ]
  },
  "io.k8s.api.core.v1.VolumeMount": {
    "doc": "VolumeMount describes a mounting of a Volume within a container.",
    "fields": {
      "mountPath": {
        "type": "string",
        "doc": "Path within the container at which the volume should be mounted.  Must not contain ':'."
      },
      "mountPropagation": {
        "type": "string",
        "doc": "mountPropagation determines how mounts are propagated from the host to container and the other way around. When not set, MountPropagationNone is used. This field is beta in 1.10. When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified (which defaults to None)."
      },
      "name": {
        "type": "string",
        "doc": "This must match the Name of a Volume."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "Mounted read-only if true, read-write otherwise (false or unspecified). Defaults to false."
      },
      "recursiveReadOnly": {
        "type": "string",
        "doc": "RecursiveReadOnly specifies whether read-only mounts should be handled recursively.\n\nIf ReadOnly is false, this field has no meaning and must be unspecified.\n\nIf ReadOnly is true, and this field is set to Disabled, the mount is not made recursively read-only.  If this field is set to IfPossible, the mount is made recursively read-only, if it is supported by the container runtime.  If this field is set to Enabled, the mount is made recursively read-only if it is supported by the container runtime, otherwise the pod will not be started and an error will be generated to indicate the reason.\n\nIf this field is set to IfPossible or Enabled, MountPropagation must be set to None (or be unspecified, which defaults to None).\n\nIf this field is not specified, it is treated as an equivalent of Disabled."
      },
      "subPath": {
        "type": "string",
        "doc": "Path within the volume from which the container's volume should be mounted. Defaults to \"\" (volume's root)."
      },
      "subPathExpr": {
        "type": "string",
        "doc": "Expanded path within the volume from which the container's volume should be mounted. Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment. Defaults to \"\" (volume's root). SubPathExpr and SubPath are mutually exclusive."
      }
    },
    "required": [
      "name",
      "mountPath"
    ]
  },
  "io.k8s.api.core.v1.VolumeMountStatus": {
    "doc": "VolumeMountStatus shows status of volume mounts.",
    "fields": {
      "mountPath": {
        "type": "string",
        "doc": "MountPath corresponds to the original VolumeMount."
      },
      "name": {
        "type": "string",
        "doc": "Name corresponds to the name of the original VolumeMount."
      },
      "readOnly": {
        "type": "boolean",
        "doc": "ReadOnly corresponds to the original VolumeMount."
      },
      "recursiveReadOnly": {
        "type": "string",
        "doc": "RecursiveReadOnly must be set to Disabled, Enabled, or unspecified (for non-readonly mounts). An IfPossible value in the original VolumeMount must be translated to Disabled or Enabled, depending on the mount result."
      }
    },
    "required": [
      "name",
      "mountPath"
    ]
  },
  "io.k8s.api.core.v1.VolumeProjection": {
    "doc": "Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.",
    "fields": {
      "clusterTrustBundle": {
        "type": {
          "ref": "io.k8s.api.core.v1.ClusterTrustBundleProjection"
        },
        "doc": "ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field of ClusterTrustBundle objects in an auto-updating file.\n\nAlpha, gated by the ClusterTrustBundleProjection feature gate.\n\nClusterTrustBundle objects can either be selected by name, or by the combination of signer name and a label selector.\n\nKubelet performs aggressive normalization of the PEM contents written into the pod filesystem.  Esoteric PEM features such as inter-block comments and block headers are stripped.  Certificates are deduplicated. The ordering of certificates within the file is arbitrary, and Kubelet may change the order over time."
      },
      "configMap": {
        "type": {
          "ref": "io.k8s.api.core.v1.ConfigMapProjection"
        },
        "doc": "configMap information about the configMap data to project"
      },
      "downwardAPI": {
        "type": {
          "ref": "io.k8s.api.core.v1.DownwardAPIProjection"
        },
        "doc": "downwardAPI information about the downwardAPI data to project"
      },
      "secret": {
        "type": {
          "ref": "io.k8s.api.core.v1.SecretProjection"
        },
        "doc": "secret information about the secret data to project"
      },
      "serviceAccountToken": {
        "type": {
          "ref": "io.k8s.api.core.v1.ServiceAccountTokenProjection"
        },
        "doc": "serviceAccountToken is information about the serviceAccountToken data to project"
      }
    }
  },
  "io.k8s.api.core.v1.VolumeResourceRequirements": {
    "doc": "VolumeResourceRequirements describes the storage resource requirements for a volume.",
    "fields": {
      "limits": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
      },
      "requests": {
        "type": {
          "map": {
            "ref": "io.k8s.apimachinery.pkg.api.resource.Quantity"
          }
        },
        "doc": "Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"
      }
    }
  },
  "io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource": {
    "doc": "Represents a vSphere volume resource.",
    "fields": {
      "fsType": {
        "type": "string",
        "doc": "fsType is filesystem type to mount. Must be a filesystem type supported by the host operating system. Ex. \"ext4\", \"xfs\", \"ntfs\". Implicitly inferred to be \"ext4\" if unspecified."
      },
      "storagePolicyID": {
        "type": "string",
        "doc": "storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName."
      },
      "storagePolicyName": {
        "type": "string",
        "doc": "storagePolicyName is the storage Policy Based Management (SPBM) profile name."
      },
      "volumePath": {
        "type": "string",
        "doc": "volumePath is the path that identifies vSphere volume vmdk"
      }
    },
    "required": [
      "volumePath"
    ]
  },
  "io.k8s.api.core.v1.WeightedPodAffinityTerm": {
    "doc": "The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)",
    "fields": {
      "podAffinityTerm": {
        "type": {
          "ref": "io.k8s.api.core.v1.PodAffinityTerm"
        },
        "doc": "Required. A pod affinity term, associated with the corresponding weight."
      },
      "weight": {
        "type": "int32",
        "doc": "weight associated with matching the corresponding podAffinityTerm, in the range 1-100."
      }
    },
    "required": [
      "weight",
      "podAffinityTerm"
    ]
  },
  "io.k8s.api.core.v1.WindowsSecurityContextOptions": {
    "doc": "WindowsSecurityContextOptions contain Windows-specific options and credentials.",
    "fields": {
      "gmsaCredentialSpec": {
        "type": "string",
        "doc": "GMSACredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field."
      },
      "gmsaCredentialSpecName": {
        "type": "string",
        "doc": "GMSACredentialSpecName is the name of the GMSA credential spec to use."
      },
      "hostProcess": {
        "type": "boolean",
        "doc": "HostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true."
      },
      "runAsUserName": {
        "type": "string",
        "doc": "The UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence."
      }
    }
  },
  "io.k8s.api.discovery.v1.Endpoint": {
    "doc": "Endpoint represents a single logical \"backend\" implementing a service.",
    "fields": {
      "addresses": {
        "type": {
          "list": "string"
        },
        "doc": "addresses of this endpoint. The contents of this field are interpreted according to the corresponding EndpointSlice addressType field. Consumers must handle different types of addresses in the context of their own capabilities. This must contain at least one address but no more than 100. These are all assumed to be fungible and clients may choose to only use the first element. Refer to: https://issue.k8s.io/106267",
        "listType": "set"
      },
      "conditions": {
        "type": {
          "ref": "io.k8s.api.discovery.v1.EndpointConditions"
        },
        "doc": "conditions contains information about the current status of the endpoint."
      },
      "deprecatedTopology": {
        "type": {
          "map": "string"
        },
        "doc": "deprecatedTopology contains topology information part of the v1beta1 API. This field is deprecated, and will be removed when the v1beta1 API is removed (no sooner than kubernetes v1.24).  While this field can hold values, it is not writable through the v1 API, and any attempts to write to it will be silently ignored. Topology information can be found in the zone and nodeName fields instead."
      },
      "hints": {
        "type": {
          "ref": "io.k8s.api.discovery.v1.EndpointHints"
        },
        "doc": "hints contains information associated with how an endpoint should be consumed."
      },
      "hostname": {
        "type": "string",
        "doc": "hostname of this endpoint. This field may be used by consumers of endpoints to distinguish endpoints from each other (e.g. in DNS names). Multiple endpoints which use the same hostname should be considered fungible (e.g. multiple A values in DNS). Must be lowercase and pass DNS Label (RFC 1123) validation."
      },
      "nodeName": {
        "type": "string",
        "doc": "nodeName represents the name of the Node hosting this endpoint. This can be used to determine endpoints local to a Node."
      },
      "targetRef": {
        "type": {
          "ref": "io.k8s.api.core.v1.ObjectReference"
        },
        "doc": "targetRef is a reference to a Kubernetes object that represents this endpoint."
      },
      "zone": {
        "type": "string",
        "doc": "zone is the name of the Zone this endpoint exists in."
      }
    },
    "required": [
      "addresses"
    ]
  },
  "io.k8s.api.discovery.v1.EndpointConditions": {
    "doc": "EndpointConditions represents the current condition of an endpoint.",
    "fields": {
      "ready": {
        "type": "boolean",
        "doc": "ready indicates that this endpoint is prepared to receive traffic, according to whatever system is managing the endpoint. A nil value indicates an unknown state. In most cases consumers should interpret this unknown state as ready. For compatibility reasons, ready should never be \"true\" for terminating endpoints, except when the normal readiness behavior is being explicitly overridden, for example when the associated Service has set the publishNotReadyAddresses flag."
      },
      "serving": {
        "type": "boolean",
        "doc": "serving is identical to ready except that it is set regardless of the terminating state of endpoints. This condition should be set to true for a ready endpoint that is terminating. If nil, consumers should defer to the ready condition."
      },
      "terminating": {
        "type": "boolean",
        "doc": "terminating indicates that this endpoint is terminating. A nil value indicates an unknown state. Consumers should interpret this unknown state to mean that the endpoint is not terminating."
      }
    }
  },
  "io.k8s.api.discovery.v1.EndpointHints": {
    "doc": "EndpointHints provides hints describing how an endpoint should be consumed.",
    "fields": {
      "forZones": {
        "type": {
          "list": {
            "ref": "io.k8s.api.discovery.v1.ForZone"
          }
        },
        "doc": "forZones indicates the zone(s) this endpoint should be consumed by to enable topology aware routing.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.discovery.v1.EndpointPort": {
    "doc": "EndpointPort represents a Port used by an EndpointSlice",
    "fields": {
      "appProtocol": {
        "type": "string",
        "doc": "The application protocol for this port. This is used as a hint for implementations to offer richer behavior for protocols that they understand. This field follows standard Kubernetes label syntax. Valid values are either:\n\n* Un-prefixed protocol names - reserved for IANA standard service names (as per RFC-6335 and https://www.iana.org/assignments/service-names).\n\n* Kubernetes-defined prefixed names:\n  * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-\n  * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455\n  * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455\n\n* Other protocols should use implementation-defined prefixed names such as mycompany.com/my-custom-protocol."
      },
      "name": {
        "type": "string",
        "doc": "name represents the name of this port. All ports in an EndpointSlice must have a unique name. If the EndpointSlice is derived from a Kubernetes service, this corresponds to the Service.ports[].name. Name must either be an empty string or pass DNS_LABEL validation: * must be no more than 63 characters long. * must consist of lower case alphanumeric characters or '-'. * must start and end with an alphanumeric character. Default is empty string."
      },
      "port": {
        "type": "int32",
        "doc": "port represents the port number of the endpoint. If this is not specified, ports are not restricted and must be interpreted in the context of the specific consumer."
      },
      "protocol": {
        "type": "string",
        "doc": "protocol represents the IP protocol for this port. Must be UDP, TCP, or SCTP. Default is TCP.",
        "enum": [
          "SCTP",
          "TCP",
          "UDP"
        ]
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.api.discovery.v1.EndpointSlice": {
    "doc": "EndpointSlice represents a subset of the endpoints that implement a service. For a given service there may be multiple EndpointSlice objects, selected by labels, which must be joined to produce the full set of endpoints.",
    "fields": {
      "addressType": {
        "type": "string",
        "doc": "addressType specifies the type of address carried by this EndpointSlice. All addresses in this slice must be the same type. This field is immutable after creation. The following address types are currently supported: * IPv4: Represents an IPv4 Address. * IPv6: Represents an IPv6 Address. * FQDN: Represents a Fully Qualified Domain Name.",
        "enum": [
          "FQDN",
          "IPv4",
          "IPv6"
        ]
      },
      "endpoints": {
        "type": {
          "list": {
            "ref": "io.k8s.api.discovery.v1.Endpoint"
          }
        },
        "doc": "endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of 1000 endpoints.",
        "listType": "atomic"
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.discovery.v1.EndpointPort"
          }
        },
        "doc": "ports specifies the list of network ports exposed by each endpoint in this slice. Each port must have a unique name. When ports is empty, it indicates that there are no defined ports. When a port is defined with a nil port value, it indicates \"all ports\". Each slice may include a maximum of 100 ports.",
        "listType": "atomic"
      }
    },
    "required": [
      "addressType",
      "endpoints"
    ]
  },
  "io.k8s.api.discovery.v1.ForZone": {
    "doc": "ForZone provides information about which zones should consume this endpoint.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "name represents the name of the zone."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.networking.v1.HTTPIngressPath": {
    "doc": "HTTPIngressPath associates a path with a backend. Incoming urls matching the path are forwarded to the backend.",
    "fields": {
      "backend": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressBackend"
        },
        "doc": "backend defines the referenced service endpoint to which the traffic will be forwarded to."
      },
      "path": {
        "type": "string",
        "doc": "path is matched against the path of an incoming request. Currently it can contain characters disallowed from the conventional \"path\" part of a URL as defined by RFC 3986. Paths must begin with a '/' and must be present when using PathType with value \"Exact\" or \"Prefix\"."
      },
      "pathType": {
        "type": "string",
        "doc": "pathType determines the interpretation of the path matching. PathType can be one of the following values: * Exact: Matches the URL path exactly. * Prefix: Matches based on a URL path prefix split by '/'. Matching is\n  done on a path element by element basis. A path element refers is the\n  list of labels in the path split by the '/' separator. A request is a\n  match for path p if every p is an element-wise prefix of p of the\n  request path. Note that if the last element of the path is a substring\n  of the last element in request path, it is not a match (e.g. /foo/bar\n  matches /foo/bar/baz, but does not match /foo/barbaz).\n* ImplementationSpecific: Interpretation of the Path matching is up to\n  the IngressClass. Implementations can treat this as a separate PathType\n  or treat it identically to Prefix or Exact path types.\nImplementations are required to support all path types.",
        "enum": [
          "Exact",
          "ImplementationSpecific",
          "Prefix"
        ]
      }
    },
    "required": [
      "pathType",
      "backend"
    ]
  },
  "io.k8s.api.networking.v1.HTTPIngressRuleValue": {
    "doc": "HTTPIngressRuleValue is a list of http selectors pointing to backends. In the example: http://<host>/<path>?<searchpart> -> backend where where parts of the url correspond to RFC 3986, this resource will be used to match against everything after the last '/' and before the first '?' or '#'.",
    "fields": {
      "paths": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.HTTPIngressPath"
          }
        },
        "doc": "paths is a collection of paths that map requests to backends.",
        "listType": "atomic"
      }
    },
    "required": [
      "paths"
    ]
  },
  "io.k8s.api.networking.v1.IPBlock": {
    "doc": "IPBlock describes a particular CIDR (Ex. \"192.168.1.0/24\",\"2001:db8::/64\") that is allowed to the pods matched by a NetworkPolicySpec's podSelector. The except entry describes CIDRs that should not be included within this rule.",
    "fields": {
      "cidr": {
        "type": "string",
        "doc": "cidr is a string representing the IPBlock Valid examples are \"192.168.1.0/24\" or \"2001:db8::/64\""
      },
      "except": {
        "type": {
          "list": "string"
        },
        "doc": "except is a slice of CIDRs that should not be included within an IPBlock Valid examples are \"192.168.1.0/24\" or \"2001:db8::/64\" Except values will be rejected if they are outside the cidr range",
        "listType": "atomic"
      }
    },
    "required": [
      "cidr"
    ]
  },
  "io.k8s.api.networking.v1.Ingress": {
    "doc": "Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressSpec"
        },
        "doc": "spec is the desired state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      },
      "status": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressStatus"
        },
        "doc": "status is the current state of the Ingress. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.networking.v1.IngressBackend": {
    "doc": "IngressBackend describes all endpoints for a given service and port.",
    "fields": {
      "resource": {
        "type": {
          "ref": "io.k8s.api.core.v1.TypedLocalObjectReference"
        },
        "doc": "resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress object. If resource is specified, a service.Name and service.Port must not be specified. This is a mutually exclusive setting with \"Service\"."
      },
      "service": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressServiceBackend"
        },
        "doc": "service references a service as a backend. This is a mutually exclusive setting with \"Resource\"."
      }
    }
  },
  "io.k8s.api.networking.v1.IngressClass": {
    "doc": "IngressClass represents the class of the Ingress, referenced by the Ingress Spec. The `ingressclass.kubernetes.io/is-default-class` annotation can be used to indicate that an IngressClass should be considered default. When a single IngressClass resource has this annotation set to true, new Ingress resources without a class specified will be assigned this default class.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressClassSpec"
        },
        "doc": "spec is the desired state of the IngressClass. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.api.networking.v1.IngressClassParametersReference": {
    "doc": "IngressClassParametersReference identifies an API object. This can be used to specify a cluster or namespace-scoped resource.",
    "fields": {
      "apiGroup": {
        "type": "string",
        "doc": "apiGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required."
      },
      "kind": {
        "type": "string",
        "doc": "kind is the type of resource being referenced."
      },
      "name": {
        "type": "string",
        "doc": "name is the name of resource being referenced."
      },
      "namespace": {
        "type": "string",
        "doc": "namespace is the namespace of the resource being referenced. This field is required when scope is set to \"Namespace\" and must be unset when scope is set to \"Cluster\"."
      },
      "scope": {
        "type": "string",
        "doc": "scope represents if this refers to a cluster or namespace scoped resource. This may be set to \"Cluster\" (default) or \"Namespace\"."
      }
    },
    "required": [
      "kind",
      "name"
    ]
  },
  "io.k8s.api.networking.v1.IngressClassSpec": {
    "doc": "IngressClassSpec provides information about the class of an Ingress.",
    "fields": {
      "controller": {
        "type": "string",
        "doc": "controller refers to the name of the controller that should handle this class. This allows for different \"flavors\" that are controlled by the same controller. For example, you may have different parameters for the same implementing controller. This should be specified as a domain-prefixed path no more than 250 characters in length, e.g. \"acme.io/ingress-controller\". This field is immutable."
      },
      "parameters": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressClassParametersReference"
        },
        "doc": "parameters is a link to a custom resource containing additional configuration for the controller. This is optional if the controller does not require extra parameters."
      }
    }
  },
  "io.k8s.api.networking.v1.IngressLoadBalancerIngress": {
    "doc": "IngressLoadBalancerIngress represents the status of a load-balancer ingress point.",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "hostname is set for load-balancer ingress points that are DNS based."
      },
      "ip": {
        "type": "string",
        "doc": "ip is set for load-balancer ingress points that are IP based."
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.IngressPortStatus"
          }
        },
        "doc": "ports provides information about the ports exposed by this LoadBalancer.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.networking.v1.IngressLoadBalancerStatus": {
    "doc": "IngressLoadBalancerStatus represents the status of a load-balancer.",
    "fields": {
      "ingress": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.IngressLoadBalancerIngress"
          }
        },
        "doc": "ingress is a list containing ingress points for the load-balancer.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.networking.v1.IngressPortStatus": {
    "doc": "IngressPortStatus represents the error condition of a service port",
    "fields": {
      "error": {
        "type": "string",
        "doc": "error is to record the problem with the service port The format of the error shall comply with the following rules: - built-in error values shall be specified in this file and those shall use\n  CamelCase names\n- cloud provider specific error values must have names that comply with the\n  format foo.example.com/CamelCase."
      },
      "port": {
        "type": "int32",
        "doc": "port is the port number of the ingress port."
      },
      "protocol": {
        "type": "string",
        "doc": "protocol is the protocol of the ingress port. The supported values are: \"TCP\", \"UDP\", \"SCTP\""
      }
    },
    "required": [
      "port",
      "protocol"
    ]
  },
  "io.k8s.api.networking.v1.IngressRule": {
    "doc": "IngressRule represents the rules mapping the paths under a specified host to the related backend services. Incoming requests are first evaluated for a host match, then routed to the backend associated with the matching IngressRuleValue.",
    "fields": {
      "host": {
        "type": "string",
        "doc": "host is the fully qualified domain name of a network host, as defined by RFC 3986. Note the following deviations from the \"host\" part of the URI as defined in RFC 3986: 1. IPs are not allowed. Currently an IngressRuleValue can only apply to\n   the IP in the Spec of the parent Ingress.\n2. The `:` delimiter is not respected because ports are not allowed.\n\t  Currently the port of an Ingress is implicitly :80 for http and\n\t  :443 for https.\nBoth these may change in the future. Incoming requests are matched against the host before the IngressRuleValue. If the host is unspecified, the Ingress routes all traffic based on the specified IngressRuleValue.\n\nhost can be \"precise\" which is a domain name without the terminating dot of a network host (e.g. \"foo.bar.com\") or \"wildcard\", which is a domain name prefixed with a single wildcard label (e.g. \"*.foo.com\"). The wildcard character '*' must appear by itself as the first DNS label and matches only a single label. You cannot have a wildcard label by itself (e.g. Host == \"*\"). Requests will be matched against the Host field in the following way: 1. If host is precise, the request matches this rule if the http host header is equal to Host. 2. If host is a wildcard, then the request matches this rule if the http host header is to equal to the suffix (removing the first label) of the wildcard rule."
      },
      "http": {
        "type": {
          "ref": "io.k8s.api.networking.v1.HTTPIngressRuleValue"
        },
        "doc": ""
      }
    }
  },
  "io.k8s.api.networking.v1.IngressServiceBackend": {
    "doc": "IngressServiceBackend references a Kubernetes Service as a Backend.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "name is the referenced service. The service must exist in the same namespace as the Ingress object."
      },
      "port": {
        "type": {
          "ref": "io.k8s.api.networking.v1.ServiceBackendPort"
        },
        "doc": "port of the referenced service. A port name or port number is required for a IngressServiceBackend."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.api.networking.v1.IngressSpec": {
    "doc": "IngressSpec describes the Ingress the user wishes to exist.",
    "fields": {
      "defaultBackend": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressBackend"
        },
        "doc": "defaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the handling of requests that do not match any of the rules will be up to the Ingress controller."
      },
      "ingressClassName": {
        "type": "string",
        "doc": "ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource). Although the `kubernetes.io/ingress.class` annotation (simple constant name) was never formally defined, it was widely supported by Ingress controllers to create a direct binding between Ingress controller and Ingress resources. Newly created Ingress resources should prefer using the field. However, even though the annotation is officially deprecated, for backwards compatibility reasons, ingress controllers should still honor that annotation if present."
      },
      "rules": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.IngressRule"
          }
        },
        "doc": "rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.",
        "listType": "atomic"
      },
      "tls": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.IngressTLS"
          }
        },
        "doc": "tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.networking.v1.IngressStatus": {
    "doc": "IngressStatus describe the current state of the Ingress.",
    "fields": {
      "loadBalancer": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IngressLoadBalancerStatus"
        },
        "doc": "loadBalancer contains the current status of the load-balancer."
      }
    }
  },
  "io.k8s.api.networking.v1.IngressTLS": {
    "doc": "IngressTLS describes the transport layer security associated with an ingress.",
    "fields": {
      "hosts": {
        "type": {
          "list": "string"
        },
        "doc": "hosts is a list of hosts included in the TLS certificate. The values in this list must match the name/s used in the tlsSecret. Defaults to the wildcard host setting for the loadbalancer controller fulfilling this Ingress, if left unspecified.",
        "listType": "atomic"
      },
      "secretName": {
        "type": "string",
        "doc": "secretName is the name of the secret used to terminate TLS traffic on port 443. Field is left optional to allow TLS routing based on SNI hostname alone. If the SNI host in a listener conflicts with the \"Host\" header field used by an IngressRule, the SNI host is used for termination and value of the \"Host\" header is used for routing."
      }
    }
  },
  "io.k8s.api.networking.v1.NetworkPolicy": {
    "doc": "NetworkPolicy describes what network traffic is allowed for a set of Pods",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.api.networking.v1.NetworkPolicySpec"
        },
        "doc": "spec represents the specification of the desired behavior for this NetworkPolicy."
      }
    }
  },
  "io.k8s.api.networking.v1.NetworkPolicyEgressRule": {
    "doc": "NetworkPolicyEgressRule describes a particular set of traffic that is allowed out of pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and to. This type is beta-level in 1.8",
    "fields": {
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.NetworkPolicyPort"
          }
        },
        "doc": "ports is a list of destination ports for outgoing traffic. Each item in this list is combined using a logical OR. If this field is empty or missing, this rule matches all ports (traffic not restricted by port). If this field is present and contains at least one item, then this rule allows traffic only if the traffic matches at least one port in the list.",
        "listType": "atomic"
      },
      "to": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.NetworkPolicyPeer"
          }
        },
        "doc": "to is a list of destinations for outgoing traffic of pods selected for this rule. Items in this list are combined using a logical OR operation. If this field is empty or missing, this rule matches all destinations (traffic not restricted by destination). If this field is present and contains at least one item, this rule allows traffic only if the traffic matches at least one item in the to list.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.networking.v1.NetworkPolicyIngressRule": {
    "doc": "NetworkPolicyIngressRule describes a particular set of traffic that is allowed to the pods matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and from.",
    "fields": {
      "from": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.NetworkPolicyPeer"
          }
        },
        "doc": "from is a list of sources which should be able to access the pods selected for this rule. Items in this list are combined using a logical OR operation. If this field is empty or missing, this rule matches all sources (traffic not restricted by source). If this field is present and contains at least one item, this rule allows traffic only if the traffic matches at least one item in the from list.",
        "listType": "atomic"
      },
      "ports": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.NetworkPolicyPort"
          }
        },
        "doc": "ports is a list of ports which should be made accessible on the pods selected for this rule. Each item in this list is combined using a logical OR. If this field is empty or missing, this rule matches all ports (traffic not restricted by port). If this field is present and contains at least one item, then this rule allows traffic only if the traffic matches at least one port in the list.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.api.networking.v1.NetworkPolicyPeer": {
    "doc": "NetworkPolicyPeer describes a peer to allow traffic to/from. Only certain combinations of fields are allowed",
    "fields": {
      "ipBlock": {
        "type": {
          "ref": "io.k8s.api.networking.v1.IPBlock"
        },
        "doc": "ipBlock defines policy on a particular IPBlock. If this field is set then neither of the other fields can be."
      },
      "namespaceSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "namespaceSelector selects namespaces using cluster-scoped labels. This field follows standard label selector semantics; if present but empty, it selects all namespaces.\n\nIf podSelector is also set, then the NetworkPolicyPeer as a whole selects the pods matching podSelector in the namespaces selected by namespaceSelector. Otherwise it selects all pods in the namespaces selected by namespaceSelector."
      },
      "podSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "podSelector is a label selector which selects pods. This field follows standard label selector semantics; if present but empty, it selects all pods.\n\nIf namespaceSelector is also set, then the NetworkPolicyPeer as a whole selects the pods matching podSelector in the Namespaces selected by NamespaceSelector. Otherwise it selects the pods matching podSelector in the policy's own namespace."
      }
    }
  },
  "io.k8s.api.networking.v1.NetworkPolicyPort": {
    "doc": "NetworkPolicyPort describes a port to allow traffic on",
    "fields": {
      "endPort": {
        "type": "int32",
        "doc": "endPort indicates that the range of ports from port to endPort if set, inclusive, should be allowed by the policy. This field cannot be defined if the port field is not defined or if the port field is defined as a named (string) port. The endPort must be equal or greater than port."
      },
      "port": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
        },
        "doc": "port represents the port on the given protocol. This can either be a numerical or named port on a pod. If this field is not provided, this matches all port names and numbers. If present, only traffic on the specified protocol AND port will be matched."
      },
      "protocol": {
        "type": "string",
        "doc": "protocol represents the protocol (TCP, UDP, or SCTP) which traffic must match. If not specified, this field defaults to TCP.",
        "enum": [
          "SCTP",
          "TCP",
          "UDP"
        ]
      }
    }
  },
  "io.k8s.api.networking.v1.NetworkPolicySpec": {
    "doc": "NetworkPolicySpec provides the specification of a NetworkPolicy",
    "fields": {
      "egress": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.NetworkPolicyEgressRule"
          }
        },
        "doc": "egress is a list of egress rules to be applied to the selected pods. Outgoing traffic is allowed if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows the traffic), OR if the traffic matches at least one egress rule across all of the NetworkPolicy objects whose podSelector matches the pod. If this field is empty then this NetworkPolicy limits all outgoing traffic (and serves solely to ensure that the pods it selects are isolated by default). This field is beta-level in 1.8",
        "listType": "atomic"
      },
      "ingress": {
        "type": {
          "list": {
            "ref": "io.k8s.api.networking.v1.NetworkPolicyIngressRule"
          }
        },
        "doc": "ingress is a list of ingress rules to be applied to the selected pods. Traffic is allowed to a pod if there are no NetworkPolicies selecting the pod (and cluster policy otherwise allows the traffic), OR if the traffic source is the pod's local node, OR if the traffic matches at least one ingress rule across all of the NetworkPolicy objects whose podSelector matches the pod. If this field is empty then this NetworkPolicy does not allow any traffic (and serves solely to ensure that the pods it selects are isolated by default)",
        "listType": "atomic"
      },
      "podSelector": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"
        },
        "doc": "podSelector selects the pods to which this NetworkPolicy object applies. The array of ingress rules is applied to any pods selected by this field. Multiple network policies can select the same set of pods. In this case, the ingress rules for each are combined additively. This field is NOT optional and follows standard label selector semantics. An empty podSelector matches all pods in this namespace."
      },
      "policyTypes": {
        "type": {
          "list": "string"
        },
        "doc": "policyTypes is a list of rule types that the NetworkPolicy relates to. Valid options are [\"Ingress\"], [\"Egress\"], or [\"Ingress\", \"Egress\"]. If this field is not specified, it will default based on the existence of ingress or egress rules; policies that contain an egress section are assumed to affect egress, and all policies (whether or not they contain an ingress section) are assumed to affect ingress. If you want to write an egress-only policy, you must explicitly specify policyTypes [ \"Egress\" ]. Likewise, if you want to write a policy that specifies that no egress is allowed, you must specify a policyTypes value that include \"Egress\" (since such a policy would not include an egress section and would otherwise default to just [ \"Ingress\" ]). This field is beta-level in 1.8",
        "listType": "atomic"
      }
    },
    "required": [
      "podSelector"
    ]
  },
  "io.k8s.api.networking.v1.ServiceBackendPort": {
    "doc": "ServiceBackendPort is the service port being referenced.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "name is the name of the port on the Service. This is a mutually exclusive setting with \"Number\"."
      },
      "number": {
        "type": "int32",
        "doc": "number is the numerical port number (e.g. 80) on the Service. This is a mutually exclusive setting with \"Name\"."
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.apimachinery.pkg.api.resource.Quantity": {
    "doc": "Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.\n\nThe serialization format is:\n\n``` <quantity>        ::= <signedNumber><suffix>\n\n\t(Note that <suffix> may be empty, from the \"\" case in <decimalSI>.)\n\n<digit>           ::= 0 | 1 | ... | 9 <digits>          ::= <digit> | <digit><digits> <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits> <sign>            ::= \"+\" | \"-\" <signedNumber>    ::= <number> | <sign><number> <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI> <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei\n\n\t(International System of units; See: http://physics.nist.gov/cuu/Units/binary.html)\n\n<decimalSI>       ::= m | \"\" | k | M | G | T | P | E\n\n\t(Note that 1024 = 1Ki but 1000 = 1k; I didn't choose the capitalization.)\n\n<decimalExponent> ::= \"e\" <signedNumber> | \"E\" <signedNumber> ```\n\nNo matter which of the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places. Numbers larger or more precise will be capped or rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the future if we require larger or smaller quantities.\n\nWhen a Quantity is parsed from a string, it will remember the type of suffix it had, and will use the same type again when it is serialized.\n\nBefore serializing, Quantity will be put in \"canonical form\". This means that Exponent/suffix will be adjusted up or down (with a corresponding increase or decrease in Mantissa) such that:\n\n- No precision is lost - No fractional digits will be emitted - The exponent (or suffix) is as large as possible.\n\nThe sign will be omitted unless the number is negative.\n\nExamples:\n\n- 1.5 will be serialized as \"1500m\" - 1.5Gi will be serialized as \"1536Mi\"\n\nNote that the quantity will NEVER be internally represented by a floating point number. That is the whole point of this exercise.\n\nNon-canonical values will still parse as long as they are well formed, but will be re-emitted in their canonical form. (So always use canonical form, or don't diff.)\n\nThis format is intended to make it difficult to use these numbers without writing some sort of special handling code in the hopes that that will cause implementors to also use a fixed point implementation.",
    "fields": {},
    "scalar": {
      "type": "string"
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Condition": {
    "doc": "Condition contains details for one aspect of the current state of this API Resource.",
    "fields": {
      "lastTransitionTime": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "lastTransitionTime is the last time the condition transitioned from one status to another. This should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."
      },
      "message": {
        "type": "string",
        "doc": "message is a human readable message indicating details about the transition. This may be an empty string."
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "observedGeneration represents the .metadata.generation that the condition was set based upon. For instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date with respect to the current state of the instance."
      },
      "reason": {
        "type": "string",
        "doc": "reason contains a programmatic identifier indicating the reason for the condition's last transition. Producers of specific condition types may define expected values and meanings for this field, and whether the values are considered a guaranteed API. The value should be a CamelCase string. This field may not be empty."
      },
      "status": {
        "type": "string",
        "doc": "status of the condition, one of True, False, Unknown."
      },
      "type": {
        "type": "string",
        "doc": "type of condition in CamelCase or in foo.example.com/CamelCase."
      }
    },
    "required": [
      "type",
      "status",
      "lastTransitionTime",
      "reason",
      "message"
    ]
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions": {
    "doc": "DeleteOptions may be provided when deleting an API object.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"
      },
      "dryRun": {
        "type": {
          "list": "string"
        },
        "doc": "When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed",
        "listType": "atomic"
      },
      "gracePeriodSeconds": {
        "type": "int64",
        "doc": "The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately."
      },
      "ignoreStoreReadErrorWithClusterBreakingPotential": {
        "type": "boolean",
        "doc": "if set to true, it will trigger an unsafe deletion of the resource in case the normal deletion flow fails with a corrupt object error. A resource is considered corrupt if it can not be retrieved from the underlying storage successfully because of a) its data can not be transformed e.g. decryption failure, or b) it fails to decode into an object. NOTE: unsafe deletion ignores finalizer constraints, skips precondition checks, and removes the object from the storage. WARNING: This may potentially break the cluster if the workload associated with the resource being unsafe-deleted relies on normal deletion flow. Use only if you REALLY know what you are doing. The default value is false, and the user must opt in to enable it"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "orphanDependents": {
        "type": "boolean",
        "doc": "Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \"orphan\" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both."
      },
      "preconditions": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions"
        },
        "doc": "Must be fulfilled before a deletion is carried out. If not possible, a 409 Conflict status will be returned."
      },
      "propagationPolicy": {
        "type": "string",
        "doc": "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground."
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": {
    "doc": "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.\n\nEach key is either a '.' representing the field itself, and will always map to an empty set, or a string representing a sub-field or item. The string will follow one of these four formats: 'f:<name>', where <name> is the name of a field in a struct, or key in a map 'v:<value>', where <value> is the exact json formatted value of a list item 'i:<index>', where <index> is position of a item in a list 'k:<keys>', where <keys> is a map of  a list item's key fields to their unique values If a key maps to an empty Fields value, the field that key represents is part of the set.\n\nThe exact format is defined in sigs.k8s.io/structured-merge-diff",
    "fields": {},
    "scalar": {
      "type": "object"
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": {
    "doc": "A label selector is a label query over a set of resources. The result of matchLabels and matchExpressions are ANDed. An empty label selector matches all objects. A null label selector matches no objects.",
    "fields": {
      "matchExpressions": {
        "type": {
          "list": {
            "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement"
          }
        },
        "doc": "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
        "listType": "atomic"
      },
      "matchLabels": {
        "type": {
          "map": "string"
        },
        "doc": "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is \"key\", the operator is \"In\", and the values array contains only \"value\". The requirements are ANDed."
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement": {
    "doc": "A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "key is the label key that the selector applies to."
      },
      "operator": {
        "type": "string",
        "doc": "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist."
      },
      "values": {
        "type": {
          "list": "string"
        },
        "doc": "values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.",
        "listType": "atomic"
      }
    },
    "required": [
      "key",
      "operator"
    ]
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta": {
    "doc": "ListMeta describes metadata that synthetic resources must have, including lists and various status objects. A resource may have only one of {ObjectMeta, ListMeta}.",
    "fields": {
      "continue": {
        "type": "string",
        "doc": "continue may be set if the user set a limit on the number of items returned, and indicates that the server has more data available. The value is opaque and may be used to issue another request to the endpoint that served this list to retrieve the next set of available objects. Continuing a consistent list may not be possible if the server configuration has changed or more than a few minutes have passed. The resourceVersion field returned when using this continue value will be identical to the value in the first response, unless you have received this token from an error message."
      },
      "remainingItemCount": {
        "type": "int64",
        "doc": "remainingItemCount is the number of subsequent items in the list which are not included in this list response. If the list request contained label or field selectors, then the number of remaining items is unknown and the field will be left unset and omitted during serialization. If the list is complete (either because it is not chunking or because this is the last chunk), then there are no more remaining items and this field will be left unset and omitted during serialization. Servers older than v1.15 do not set this field. The intended use of the remainingItemCount is *estimating* the size of a collection. Clients should not rely on the remainingItemCount to be set or to be exact."
      },
      "resourceVersion": {
        "type": "string",
        "doc": "String that identifies the server's internal version of this object that can be used by clients to determine when objects have changed. Value must be treated as opaque by clients and passed unmodified back to the server. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency"
      },
      "selfLink": {
        "type": "string",
        "doc": "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system."
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry": {
    "doc": "ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "APIVersion defines the version of this resource that this field set applies to. The format is \"group/version\" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted."
      },
      "fieldsType": {
        "type": "string",
        "doc": "FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: \"FieldsV1\""
      },
      "fieldsV1": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"
        },
        "doc": "FieldsV1 holds the first JSON version format as described in the \"FieldsV1\" type."
      },
      "manager": {
        "type": "string",
        "doc": "Manager is an identifier of the workflow managing these fields."
      },
      "operation": {
        "type": "string",
        "doc": "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'."
      },
      "subresource": {
        "type": "string",
        "doc": "Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource."
      },
      "time": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over."
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": {
    "doc": "MicroTime is version of Time with microsecond level precision.",
    "fields": {},
    "scalar": {
      "type": "string",
      "format": "date-time"
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": {
    "doc": "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
    "fields": {
      "annotations": {
        "type": {
          "map": "string"
        },
        "doc": "Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations"
      },
      "creationTimestamp": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
      },
      "deletionGracePeriodSeconds": {
        "type": "int64",
        "doc": "Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only."
      },
      "deletionTimestamp": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
        },
        "doc": "DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.\n\nPopulated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
      },
      "finalizers": {
        "type": {
          "list": "string"
        },
        "doc": "Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.",
        "listType": "set",
        "patchStrategy": "merge"
      },
      "generateName": {
        "type": "string",
        "doc": "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will return a 409.\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency"
      },
      "generation": {
        "type": "int64",
        "doc": "A sequence number representing a specific generation of the desired state. Populated by the system. Read-only."
      },
      "labels": {
        "type": {
          "map": "string"
        },
        "doc": "Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels"
      },
      "managedFields": {
        "type": {
          "list": {
            "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"
          }
        },
        "doc": "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object.",
        "listType": "atomic"
      },
      "name": {
        "type": "string",
        "doc": "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \"default\" namespace, but \"default\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces"
      },
      "ownerReferences": {
        "type": {
          "list": {
            "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"
          }
        },
        "doc": "List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.",
        "listType": "map",
        "listMapKeys": [
          "uid"
        ],
        "patchStrategy": "merge",
        "patchMergeKey": "uid"
      },
      "resourceVersion": {
        "type": "string",
        "doc": "An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency"
      },
      "selfLink": {
        "type": "string",
        "doc": "Deprecated: selfLink is a legacy read-only field that is no longer populated by the system."
      },
      "uid": {
        "type": "string",
        "doc": "UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids"
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference": {
    "doc": "OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "API version of the referent."
      },
      "blockOwnerDeletion": {
        "type": "boolean",
        "doc": "If true, AND if the owner has the \"foregroundDeletion\" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs \"delete\" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned."
      },
      "controller": {
        "type": "boolean",
        "doc": "If true, this reference points to the managing controller."
      },
      "kind": {
        "type": "string",
        "doc": "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "name": {
        "type": "string",
        "doc": "Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"
      },
      "uid": {
        "type": "string",
        "doc": "UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids"
      }
    },
    "required": [
      "apiVersion",
      "kind",
      "name",
      "uid"
    ],
    "mapType": "atomic"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Patch": {
    "doc": "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.",
    "fields": {},
    "scalar": {
      "type": "object"
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions": {
    "doc": "Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out.",
    "fields": {
      "resourceVersion": {
        "type": "string",
        "doc": "Specifies the target ResourceVersion"
      },
      "uid": {
        "type": "string",
        "doc": "Specifies the target UID."
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Status": {
    "doc": "Status is a return value for calls that don't return other objects.",
    "fields": {
      "apiVersion": {
        "type": "string",
        "doc": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"
      },
      "code": {
        "type": "int32",
        "doc": "Suggested HTTP return code for this status, 0 if not set."
      },
      "details": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails"
        },
        "doc": "Extended data associated with the reason.  Each reason may define its own extended details. This field is optional and the data returned is not guaranteed to conform to any schema except that defined by the reason type.",
        "listType": "atomic"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "message": {
        "type": "string",
        "doc": "A human-readable description of the status of this operation."
      },
      "metadata": {
        "type": {
          "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"
        },
        "doc": "Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "reason": {
        "type": "string",
        "doc": "A machine-readable description of why this operation is in the \"Failure\" status. If this value is empty there is no information available. A Reason clarifies an HTTP status code but does not override it."
      },
      "status": {
        "type": "string",
        "doc": "Status of the operation. One of: \"Success\" or \"Failure\". More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause": {
    "doc": "StatusCause provides more information about an api.Status failure, including cases when multiple errors are encountered.",
    "fields": {
      "field": {
        "type": "string",
        "doc": "The field of the resource that has caused this error, as named by its JSON serialization. May include dot and postfix notation for nested attributes. Arrays are zero-indexed.  Fields may appear more than once in an array of causes due to fields having multiple errors. Optional.\n\nExamples:\n  \"name\" - the field \"name\" on the current resource\n  \"items[0].name\" - the field \"name\" on the first array entry in \"items\""
      },
      "message": {
        "type": "string",
        "doc": "A human-readable description of the cause of the error.  This field may be presented as-is to a reader."
      },
      "reason": {
        "type": "string",
        "doc": "A machine-readable description of the cause of the error. If this value is empty there is no information available."
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails": {
    "doc": "StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response. The Reason field of a Status object defines what attributes will be set. Clients must ignore fields that do not match the defined type of each attribute, and should assume that any attribute may be empty, invalid, or under defined.",
    "fields": {
      "causes": {
        "type": {
          "list": {
            "ref": "io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause"
          }
        },
        "doc": "The Causes array includes more details associated with the StatusReason failure. Not all StatusReasons may provide detailed causes.",
        "listType": "atomic"
      },
      "group": {
        "type": "string",
        "doc": "The group attribute of the resource associated with the status StatusReason."
      },
      "kind": {
        "type": "string",
        "doc": "The kind attribute of the resource associated with the status StatusReason. On some operations may differ from the requested resource Kind. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
      },
      "name": {
        "type": "string",
        "doc": "The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described)."
      },
      "retryAfterSeconds": {
        "type": "int32",
        "doc": "If specified, the time in seconds before the operation should be retried. Some errors may indicate the client must take an alternate action - for those errors this field may indicate how long to wait before taking the alternate action."
      },
      "uid": {
        "type": "string",
        "doc": "UID of the resource. (when there is a single resource which can be described). More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids"
      }
    }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Time": {
    "doc": "Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.",
    "fields": {},
    "scalar": {
      "type": "string",
      "format": "date-time"
    }
  },
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": {
    "doc": "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.",
    "fields": {},
    "scalar": {
      "type": "string",
      "format": "int-or-string"
    }
  },
  "io.k8s.networking.gateway.v1.Gateway": {
    "doc": "Gateway represents an instance of a service-traffic handling infrastructure\nby binding Listeners to a set of IP addresses.\nA Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric\ncharacters or hyphens ('-'), and MUST start and end with an alphanumeric character.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpec"
        },
        "doc": "Spec defines the desired state of Gateway."
      },
      "status": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewayStatus"
        },
        "doc": "Status defines the current state of Gateway."
      }
    },
    "required": [
      "spec"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayClass": {
    "doc": "GatewayClass describes a class of Gateways available to the user for creating\nGateway resources.\n\nIt is recommended that this resource be used as a template for Gateways. This\nmeans that a Gateway is based on the state of the GatewayClass at the time it\nwas created and changes to the GatewayClass or associated parameters are not\npropagated down to existing Gateways. This recommendation is intended to\nlimit the blast radius of changes to GatewayClass or associated parameters.\nIf implementations choose to propagate GatewayClass changes to existing\nGateways, that MUST be clearly documented by the implementation.\n\nWhenever one or more Gateways are using a GatewayClass, implementations SHOULD\nadd the `gateway-exists-finalizer.gateway.networking.k8s.io` finalizer on the\nassociated GatewayClass. This ensures that a GatewayClass associated with a\nGateway is not deleted while in use.\n\nGatewayClass is a Cluster level resource.\n\nA GatewayClass name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric\ncharacters or hyphens ('-'), and MUST start and end with an alphanumeric character.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewayClassSpec"
        },
        "doc": "Spec defines the desired state of GatewayClass."
      },
      "status": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewayClassStatus"
        },
        "doc": "Status defines the current state of GatewayClass.\n\nImplementations MUST populate status on all GatewayClass resources which\nspecify their controller name."
      }
    },
    "required": [
      "spec"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayClassSpec": {
    "doc": "Spec defines the desired state of GatewayClass.",
    "fields": {
      "controllerName": {
        "type": "string",
        "doc": "ControllerName is the name of the controller that is managing Gateways of\nthis class. The value of this field MUST be a domain prefixed path.\n\nExample: \"example.net/gateway-controller\".\n\nThis field is not mutable and cannot be empty.\n\nSupport: Core"
      },
      "description": {
        "type": "string",
        "doc": "Description helps describe a GatewayClass with more details."
      },
      "parametersRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewayClassSpecParametersRef"
        },
        "doc": "ParametersRef is a reference to a resource that contains the configuration\nparameters corresponding to the GatewayClass. This is optional if the\ncontroller does not require any additional configuration.\n\nParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,\nor an implementation-specific custom resource. The resource can be\ncluster-scoped or namespace-scoped.\n\nIf the referent cannot be found, refers to an unsupported kind, or when\nthe data within that resource is malformed, the GatewayClass SHOULD be\nrejected with the \"Accepted\" status condition set to \"False\" and an\n\"InvalidParameters\" reason.\n\nA Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,\nthe merging behavior is implementation specific.\nIt is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.\n\nSupport: Implementation-specific"
      }
    },
    "required": [
      "controllerName"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayClassSpecParametersRef": {
    "doc": "ParametersRef is a reference to a resource that contains the configuration\nparameters corresponding to the GatewayClass. This is optional if the\ncontroller does not require any additional configuration.\n\nParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,\nor an implementation-specific custom resource. The resource can be\ncluster-scoped or namespace-scoped.\n\nIf the referent cannot be found, refers to an unsupported kind, or when\nthe data within that resource is malformed, the GatewayClass SHOULD be\nrejected with the \"Accepted\" status condition set to \"False\" and an\n\"InvalidParameters\" reason.\n\nA Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,\nthe merging behavior is implementation specific.\nIt is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.\n\nSupport: Implementation-specific",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent."
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referent.\nThis field is required when referring to a Namespace-scoped resource and\nMUST be unset when referring to a Cluster-scoped resource."
      }
    },
    "required": [
      "group",
      "kind",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayClassStatus": {
    "doc": "Status defines the current state of GatewayClass.\n\nImplementations MUST populate status on all GatewayClass resources which\nspecify their controller name.",
    "fields": {
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayClassStatusConditions"
          }
        },
        "doc": "Conditions is the current status from the controller for\nthis GatewayClass.\n\nControllers should prefer to publish conditions using values\nof GatewayClassConditionType for the type of each Condition.",
        "listType": "map",
        "listMapKeys": [
          "type"
        ]
      },
      "supportedFeatures": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayClassStatusSupportedFeatures"
          }
        },
        "doc": "SupportedFeatures is the set of features the GatewayClass support.\nIt MUST be sorted in ascending alphabetical order by the Name key.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewayClassStatusConditions": {
    "doc": "Condition contains details for one aspect of the current state of this API Resource.",
    "fields": {
      "lastTransitionTime": {
        "type": "date-time",
        "doc": "lastTransitionTime is the last time the condition transitioned from one status to another.\nThis should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."
      },
      "message": {
        "type": "string",
        "doc": "message is a human readable message indicating details about the transition.\nThis may be an empty string."
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "observedGeneration represents the .metadata.generation that the condition was set based upon.\nFor instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date\nwith respect to the current state of the instance."
      },
      "reason": {
        "type": "string",
        "doc": "reason contains a programmatic identifier indicating the reason for the condition's last transition.\nProducers of specific condition types may define expected values and meanings for this field,\nand whether the values are considered a guaranteed API.\nThe value should be a CamelCase string.\nThis field may not be empty."
      },
      "status": {
        "type": "string",
        "doc": "status of the condition, one of True, False, Unknown.",
        "enum": [
          "True",
          "False",
          "Unknown"
        ]
      },
      "type": {
        "type": "string",
        "doc": "type of condition in CamelCase or in foo.example.com/CamelCase."
      }
    },
    "required": [
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayClassStatusSupportedFeatures": {
    "doc": "",
    "fields": {
      "name": {
        "type": "string",
        "doc": "FeatureName is used to describe distinct features that are covered by\nconformance tests."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpec": {
    "doc": "Spec defines the desired state of Gateway.",
    "fields": {
      "addresses": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecAddresses"
          }
        },
        "doc": "Addresses requested for this Gateway. This is optional and behavior can\ndepend on the implementation. If a value is set in the spec and the\nrequested address is invalid or unavailable, the implementation MUST\nindicate this in an associated entry in GatewayStatus.Conditions.\n\nThe Addresses field represents a request for the address(es) on the\n\"outside of the Gateway\", that traffic bound for this Gateway will use.\nThis could be the IP address or hostname of an external load balancer or\nother networking infrastructure, or some other address that traffic will\nbe sent to.\n\nIf no Addresses are specified, the implementation MAY schedule the\nGateway in an implementation-specific manner, assigning an appropriate\nset of Addresses.\n\nThe implementation MUST bind all Listeners to every GatewayAddress that\nit assigns to the Gateway and add a corresponding entry in\nGatewayStatus.Addresses.\n\nSupport: Extended",
        "listType": "atomic"
      },
      "allowedListeners": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecAllowedListeners"
        },
        "doc": "AllowedListeners defines which ListenerSets can be attached to this Gateway.\nThe default value is to allow no ListenerSets."
      },
      "gatewayClassName": {
        "type": "string",
        "doc": "GatewayClassName used for this Gateway. This is the name of a\nGatewayClass resource."
      },
      "infrastructure": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecInfrastructure"
        },
        "doc": "Infrastructure defines infrastructure level attributes about this Gateway instance.\n\nSupport: Extended"
      },
      "listeners": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecListeners"
          }
        },
        "doc": "Listeners associated with this Gateway. Listeners define\nlogical endpoints that are bound on this Gateway's addresses.\nAt least one Listener MUST be specified.\n\n## Distinct Listeners\n\nEach Listener in a set of Listeners (for example, in a single Gateway)\nMUST be _distinct_, in that a traffic flow MUST be able to be assigned to\nexactly one listener. (This section uses \"set of Listeners\" rather than\n\"Listeners in a single Gateway\" because implementations MAY merge configuration\nfrom multiple Gateways onto a single data plane, and these rules _also_\napply in that case).\n\nPractically, this means that each listener in a set MUST have a unique\ncombination of Port, Protocol, and, if supported by the protocol, Hostname.\n\nSome combinations of port, protocol, and TLS settings are considered\nCore support and MUST be supported by implementations based on the objects\nthey support:\n\nHTTPRoute\n\n1. HTTPRoute, Port: 80, Protocol: HTTP\n2. HTTPRoute, Port: 443, Protocol: HTTPS, TLS Mode: Terminate, TLS keypair provided\n\nTLSRoute\n\n1. TLSRoute, Port: 443, Protocol: TLS, TLS Mode: Passthrough\n\n\"Distinct\" Listeners have the following property:\n\n**The implementation can match inbound requests to a single distinct\nListener**.\n\nWhen multiple Listeners share values for fields (for\nexample, two Listeners with the same Port value), the implementation\ncan match requests to only one of the Listeners using other\nListener fields.\n\nWhen multiple listeners have the same value for the Protocol field, then\neach of the Listeners with matching Protocol values MUST have different\nvalues for other fields.\n\nThe set of fields that MUST be different for a Listener differs per protocol.\nThe following rules define the rules for what fields MUST be considered for\nListeners to be distinct with each protocol currently defined in the\nGateway API spec.\n\nThe set of listeners that all share a protocol value MUST have _different_\nvalues for _at least one_ of these fields to be distinct:\n\n* **HTTP, HTTPS, TLS**: Port, Hostname\n* **TCP, UDP**: Port\n\nOne **very** important rule to call out involves what happens when an\nimplementation:\n\n* Supports TCP protocol Listeners, as well as HTTP, HTTPS, or TLS protocol\n  Listeners, and\n* sees HTTP, HTTPS, or TLS protocols with the same `port` as one with TCP\n  Protocol.\n\nIn this case all the Listeners that share a port with the\nTCP Listener are not distinct and so MUST NOT be accepted.\n\nIf an implementation does not support TCP Protocol Listeners, then the\nprevious rule does not apply, and the TCP Listeners SHOULD NOT be\naccepted.\n\nNote that the `tls` field is not used for determining if a listener is distinct, because\nListeners that _only_ differ on TLS config will still conflict in all cases.\n\n### Listeners that are distinct only by Hostname\n\nWhen the Listeners are distinct based only on Hostname, inbound request\nhostnames MUST match from the most specific to least specific Hostname\nvalues to choose the correct Listener and its associated set of Routes.\n\nExact matches MUST be processed before wildcard matches, and wildcard\nmatches MUST be processed before fallback (empty Hostname value)\nmatches. For example, `\"foo.example.com\"` takes precedence over\n`\"*.example.com\"`, and `\"*.example.com\"` takes precedence over `\"\"`.\n\nAdditionally, if there are multiple wildcard entries, more specific\nwildcard entries must be processed before less specific wildcard entries.\nFor example, `\"*.foo.example.com\"` takes precedence over `\"*.example.com\"`.\n\nThe precise definition here is that the higher the number of dots in the\nhostname to the right of the wildcard character, the higher the precedence.\n\nThe wildcard character will match any number of characters _and dots_ to\nthe left, however, so `\"*.example.com\"` will match both\n`\"foo.bar.example.com\"` _and_ `\"bar.example.com\"`.\n\n## Handling indistinct Listeners\n\nIf a set of Listeners contains Listeners that are not distinct, then those\nListeners are _Conflicted_, and the implementation MUST set the \"Conflicted\"\ncondition in the Listener Status to \"True\".\n\nThe words \"indistinct\" and \"conflicted\" are considered equivalent for the\npurpose of this documentation.\n\nImplementations MAY choose to accept a Gateway with some Conflicted\nListeners only if they only accept the partial Listener set that contains\nno Conflicted Listeners.\n\nSpecifically, an implementation MAY accept a partial Listener set subject to\nthe following rules:\n\n* The implementation MUST NOT pick one conflicting Listener as the winner.\n  ALL indistinct Listeners must not be accepted for processing.\n* At least one distinct Listener MUST be present, or else the Gateway effectively\n  contains _no_ Listeners, and must be rejected from processing as a whole.\n\nThe implementation MUST set a \"ListenersNotValid\" condition on the\nGateway Status when the Gateway contains Conflicted Listeners whether or\nnot they accept the Gateway. That Condition SHOULD clearly\nindicate in the Message which Listeners are conflicted, and which are\nAccepted. Additionally, the Listener status for those listeners SHOULD\nindicate which Listeners are conflicted and not Accepted.\n\n## General Listener behavior\n\nNote that, for all distinct Listeners, requests SHOULD match at most one Listener.\nFor example, if Listeners are defined for \"foo.example.com\" and \"*.example.com\", a\nrequest to \"foo.example.com\" SHOULD only be routed using routes attached\nto the \"foo.example.com\" Listener (and not the \"*.example.com\" Listener).\n\nIf traffic to a Gateway does not match any Listener's hostname (or if\nthe Listener does not specify a hostname and the request does not match\nany attached Route), the request MUST be rejected. The specific mechanism\nfor rejection depends on the protocol: HTTP returns a 404 status code,\nwhile gRPC returns an Unimplemented status code.\n\nThis concept is known as \"Listener Isolation\", and it is an Extended feature\nof Gateway API. Implementations that do not support Listener Isolation MUST\nclearly document this, and MUST NOT claim support for the\n`GatewayHTTPListenerIsolation` feature.\n\nImplementations that _do_ support Listener Isolation SHOULD claim support\nfor the Extended `GatewayHTTPListenerIsolation` feature and pass the associated\nconformance tests.\n\n## Compatible Listeners\n\nA Gateway's Listeners are considered _compatible_ if:\n\n1. They are distinct.\n2. The implementation can serve them in compliance with the Addresses\n   requirement that all Listeners are available on all assigned\n   addresses.\n\nCompatible combinations in Extended support are expected to vary across\nimplementations. A combination that is compatible for one implementation\nmay not be compatible for another.\n\nFor example, an implementation that cannot serve both TCP and UDP listeners\non the same address, or cannot mix HTTPS and generic TLS listens on the same port\nwould not consider those cases compatible, even though they are distinct.\n\nImplementations MAY merge separate Gateways onto a single set of\nAddresses if all Listeners across all Gateways are compatible.\n\nIn a future release the MinItems=1 requirement MAY be dropped.\n\nSupport: Core",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "tls": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTls"
        },
        "doc": "TLS specifies frontend and backend tls configuration for entire gateway.\n\nSupport: Extended"
      }
    },
    "required": [
      "gatewayClassName",
      "listeners"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecAddresses": {
    "doc": "GatewaySpecAddress describes an address that can be bound to a Gateway.",
    "fields": {
      "type": {
        "type": "string",
        "doc": "Type of the address.",
        "default": "IPAddress"
      },
      "value": {
        "type": "string",
        "doc": "When a value is unspecified, an implementation SHOULD automatically\nassign an address matching the requested type if possible.\n\nIf an implementation does not support an empty value, they MUST set the\n\"Programmed\" condition in status to False with a reason of \"AddressNotAssigned\".\n\nExamples: `1.2.3.4`, `128::1`, `my-ip-address`."
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecAllowedListeners": {
    "doc": "AllowedListeners defines which ListenerSets can be attached to this Gateway.\nThe default value is to allow no ListenerSets.",
    "fields": {
      "namespaces": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecAllowedListenersNamespaces"
        },
        "doc": "Namespaces defines which namespaces ListenerSets can be attached to this Gateway.\nThe default value is to allow no ListenerSets."
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecAllowedListenersNamespaces": {
    "doc": "Namespaces defines which namespaces ListenerSets can be attached to this Gateway.\nThe default value is to allow no ListenerSets.",
    "fields": {
      "from": {
        "type": "string",
        "doc": "From indicates where ListenerSets can attach to this Gateway. Possible\nvalues are:\n\n* Same: Only ListenerSets in the same namespace may be attached to this Gateway.\n* Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.\n* All: ListenerSets in all namespaces may be attached to this Gateway.\n* None: Only listeners defined in the Gateway's spec are allowed\n\nThe default value None",
        "enum": [
          "All",
          "Selector",
          "Same",
          "None"
        ],
        "default": "None"
      },
      "selector": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecAllowedListenersNamespacesSelector"
        },
        "doc": "Selector must be specified when From is set to \"Selector\". In that case,\nonly ListenerSets in Namespaces matching this Selector will be selected by this\nGateway. This field is ignored for other values of \"From\".",
        "mapType": "atomic"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecAllowedListenersNamespacesSelector": {
    "doc": "Selector must be specified when From is set to \"Selector\". In that case,\nonly ListenerSets in Namespaces matching this Selector will be selected by this\nGateway. This field is ignored for other values of \"From\".",
    "fields": {
      "matchExpressions": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions"
          }
        },
        "doc": "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
        "listType": "atomic"
      },
      "matchLabels": {
        "type": {
          "map": "string"
        },
        "doc": "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\nmap is equivalent to an element of matchExpressions, whose key field is \"key\", the\noperator is \"In\", and the values array contains only \"value\". The requirements are ANDed."
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.networking.gateway.v1.GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions": {
    "doc": "A label selector requirement is a selector that contains values, a key, and an operator that\nrelates the key and values.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "key is the label key that the selector applies to."
      },
      "operator": {
        "type": "string",
        "doc": "operator represents a key's relationship to a set of values.\nValid operators are In, NotIn, Exists and DoesNotExist."
      },
      "values": {
        "type": {
          "list": "string"
        },
        "doc": "values is an array of string values. If the operator is In or NotIn,\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\nthe values array must be empty. This array is replaced during a strategic\nmerge patch.",
        "listType": "atomic"
      }
    },
    "required": [
      "key",
      "operator"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecInfrastructure": {
    "doc": "Infrastructure defines infrastructure level attributes about this Gateway instance.\n\nSupport: Extended",
    "fields": {
      "annotations": {
        "type": {
          "map": "string"
        },
        "doc": "Annotations that SHOULD be applied to any resources created in response to this Gateway.\n\nFor implementations creating other Kubernetes objects, this should be the `metadata.annotations` field on resources.\nFor other implementations, this refers to any relevant (implementation specific) \"annotations\" concepts.\n\nAn implementation may chose to add additional implementation-specific annotations as they see fit.\n\nSupport: Extended"
      },
      "labels": {
        "type": {
          "map": "string"
        },
        "doc": "Labels that SHOULD be applied to any resources created in response to this Gateway.\n\nFor implementations creating other Kubernetes objects, this should be the `metadata.labels` field on resources.\nFor other implementations, this refers to any relevant (implementation specific) \"labels\" concepts.\n\nAn implementation may chose to add additional implementation-specific labels as they see fit.\n\nIf an implementation maps these labels to Pods, or any other resource that would need to be recreated when labels\nchange, it SHOULD clearly warn about this behavior in documentation.\n\nSupport: Extended"
      },
      "parametersRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecInfrastructureParametersRef"
        },
        "doc": "ParametersRef is a reference to a resource that contains the configuration\nparameters corresponding to the Gateway. This is optional if the\ncontroller does not require any additional configuration.\n\nThis follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis\n\nThe Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,\nthe merging behavior is implementation specific.\nIt is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.\n\nIf the referent cannot be found, refers to an unsupported kind, or when\nthe data within that resource is malformed, the Gateway SHOULD be\nrejected with the \"Accepted\" status condition set to \"False\" and an\n\"InvalidParameters\" reason.\n\nSupport: Implementation-specific"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecInfrastructureParametersRef": {
    "doc": "ParametersRef is a reference to a resource that contains the configuration\nparameters corresponding to the Gateway. This is optional if the\ncontroller does not require any additional configuration.\n\nThis follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis\n\nThe Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,\nthe merging behavior is implementation specific.\nIt is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.\n\nIf the referent cannot be found, refers to an unsupported kind, or when\nthe data within that resource is malformed, the Gateway SHOULD be\nrejected with the \"Accepted\" status condition set to \"False\" and an\n\"InvalidParameters\" reason.\n\nSupport: Implementation-specific",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent."
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      }
    },
    "required": [
      "group",
      "kind",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListeners": {
    "doc": "Listener embodies the concept of a logical endpoint where a Gateway accepts\nnetwork connections.",
    "fields": {
      "allowedRoutes": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutes"
        },
        "doc": "AllowedRoutes defines the types of routes that MAY be attached to a\nListener and the trusted namespaces where those Route resources MAY be\npresent.\n\nAlthough a client request may match multiple route rules, only one rule\nmay ultimately receive the request. Matching precedence MUST be\ndetermined in order of the following criteria:\n\n* The most specific match as defined by the Route type.\n* The oldest Route based on creation timestamp. For example, a Route with\n  a creation timestamp of \"2020-09-08 01:02:03\" is given precedence over\n  a Route with a creation timestamp of \"2020-09-08 01:02:04\".\n* If everything else is equivalent, the Route appearing first in\n  alphabetical order (namespace/name) should be given precedence. For\n  example, foo/bar is given precedence over foo/baz.\n\nAll valid rules within a Route attached to this Listener should be\nimplemented. Invalid Route rules can be ignored (sometimes that will mean\nthe full Route). If a Route rule transitions from valid to invalid,\nsupport for that Route rule should be dropped to ensure consistency. For\nexample, even if a filter specified by a Route rule is invalid, the rest\nof the rules within that Route should still be supported.\n\nSupport: Core"
      },
      "hostname": {
        "type": "string",
        "doc": "Hostname specifies the virtual hostname to match for protocol types that\ndefine this concept. When unspecified, all hostnames are matched. This\nfield is ignored for protocols that don't require hostname based\nmatching.\n\nImplementations MUST apply Hostname matching appropriately for each of\nthe following protocols:\n\n* TLS: The Listener Hostname MUST match the SNI.\n* HTTP: The Listener Hostname MUST match the Host header of the request.\n* HTTPS: The Listener Hostname SHOULD match both the SNI and Host header.\n  Note that this does not require the SNI and Host header to be the same.\n  The semantics of this are described in more detail below.\n\nTo ensure security, Section 11.1 of RFC-6066 emphasizes that server\nimplementations that rely on SNI hostname matching MUST also verify\nhostnames within the application protocol.\n\nSection 9.1.2 of RFC-7540 provides a mechanism for servers to reject the\nreuse of a connection by responding with the HTTP 421 Misdirected Request\nstatus code. This indicates that the origin server has rejected the\nrequest because it appears to have been misdirected.\n\nTo detect misdirected requests, Gateways SHOULD match the authority of\nthe requests with all the SNI hostname(s) configured across all the\nGateway Listeners on the same port and protocol:\n\n* If another Listener has an exact match or more specific wildcard entry,\n  the Gateway SHOULD return a 421.\n* If the current Listener (selected by SNI matching during ClientHello)\n  does not match the Host:\n    * If another Listener does match the Host, the Gateway SHOULD return a\n      421.\n    * If no other Listener matches the Host, the Gateway MUST return a\n      404.\n\nFor HTTPRoute and TLSRoute resources, there is an interaction with the\n`spec.hostnames` array. When both listener and route specify hostnames,\nthere MUST be an intersection between the values for a Route to be\naccepted. For more information, refer to the Route specific Hostnames\ndocumentation.\n\nHostnames that are prefixed with a wildcard label (`*.`) are interpreted\nas a suffix match. That means that a match for `*.example.com` would match\nboth `test.example.com`, and `foo.test.example.com`, but not `example.com`.\n\nSupport: Core"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the Listener. This name MUST be unique within a\nGateway.\n\nSupport: Core"
      },
      "port": {
        "type": "int32",
        "doc": "Port is the network port. Multiple listeners may use the\nsame port, subject to the Listener compatibility rules.\n\nSupport: Core"
      },
      "protocol": {
        "type": "string",
        "doc": "Protocol specifies the network protocol this listener expects to receive.\n\nSupport: Core"
      },
      "tls": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersTls"
        },
        "doc": "TLS is the TLS configuration for the Listener. This field is required if\nthe Protocol field is \"HTTPS\" or \"TLS\". It is invalid to set this field\nif the Protocol field is \"HTTP\", \"TCP\", or \"UDP\".\n\nThe association of SNIs to Certificate defined in ListenerTLSConfig is\ndefined based on the Hostname field for this listener.\n\nThe GatewayClass MUST use the longest matching SNI out of all\navailable certificates for any TLS handshake.\n\nSupport: Core"
      }
    },
    "required": [
      "name",
      "port",
      "protocol"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutes": {
    "doc": "AllowedRoutes defines the types of routes that MAY be attached to a\nListener and the trusted namespaces where those Route resources MAY be\npresent.\n\nAlthough a client request may match multiple route rules, only one rule\nmay ultimately receive the request. Matching precedence MUST be\ndetermined in order of the following criteria:\n\n* The most specific match as defined by the Route type.\n* The oldest Route based on creation timestamp. For example, a Route with\n  a creation timestamp of \"2020-09-08 01:02:03\" is given precedence over\n  a Route with a creation timestamp of \"2020-09-08 01:02:04\".\n* If everything else is equivalent, the Route appearing first in\n  alphabetical order (namespace/name) should be given precedence. For\n  example, foo/bar is given precedence over foo/baz.\n\nAll valid rules within a Route attached to this Listener should be\nimplemented. Invalid Route rules can be ignored (sometimes that will mean\nthe full Route). If a Route rule transitions from valid to invalid,\nsupport for that Route rule should be dropped to ensure consistency. For\nexample, even if a filter specified by a Route rule is invalid, the rest\nof the rules within that Route should still be supported.\n\nSupport: Core",
    "fields": {
      "kinds": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesKinds"
          }
        },
        "doc": "Kinds specifies the groups and kinds of Routes that are allowed to bind\nto this Gateway Listener. When unspecified or empty, the kinds of Routes\nselected are determined using the Listener protocol.\n\nA RouteGroupKind MUST correspond to kinds of Routes that are compatible\nwith the application protocol specified in the Listener's Protocol field.\nIf an implementation does not support or recognize this resource type, it\nMUST set the \"ResolvedRefs\" condition to False for this Listener with the\n\"InvalidRouteKinds\" reason.\n\nSupport: Core",
        "listType": "atomic"
      },
      "namespaces": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesNamespaces"
        },
        "doc": "Namespaces indicates namespaces from which Routes may be attached to this\nListener. This is restricted to the namespace of this Gateway by default.\n\nSupport: Core"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesKinds": {
    "doc": "RouteGroupKind indicates the group and kind of a Route resource.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the Route.",
        "default": "gateway.networking.k8s.io"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the kind of the Route."
      }
    },
    "required": [
      "kind"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesNamespaces": {
    "doc": "Namespaces indicates namespaces from which Routes may be attached to this\nListener. This is restricted to the namespace of this Gateway by default.\n\nSupport: Core",
    "fields": {
      "from": {
        "type": "string",
        "doc": "From indicates where Routes will be selected for this Gateway. Possible\nvalues are:\n\n* All: Routes in all namespaces may be used by this Gateway.\n* Selector: Routes in namespaces selected by the selector may be used by\n  this Gateway.\n* Same: Only Routes in the same namespace may be used by this Gateway.\n\nSupport: Core",
        "enum": [
          "All",
          "Selector",
          "Same"
        ],
        "default": "Same"
      },
      "selector": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesNamespacesSelector"
        },
        "doc": "Selector must be specified when From is set to \"Selector\". In that case,\nonly Routes in Namespaces matching this Selector will be selected by this\nGateway. This field is ignored for other values of \"From\".\n\nSupport: Core",
        "mapType": "atomic"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesNamespacesSelector": {
    "doc": "Selector must be specified when From is set to \"Selector\". In that case,\nonly Routes in Namespaces matching this Selector will be selected by this\nGateway. This field is ignored for other values of \"From\".\n\nSupport: Core",
    "fields": {
      "matchExpressions": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions"
          }
        },
        "doc": "matchExpressions is a list of label selector requirements. The requirements are ANDed.",
        "listType": "atomic"
      },
      "matchLabels": {
        "type": {
          "map": "string"
        },
        "doc": "matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels\nmap is equivalent to an element of matchExpressions, whose key field is \"key\", the\noperator is \"In\", and the values array contains only \"value\". The requirements are ANDed."
      }
    },
    "mapType": "atomic"
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions": {
    "doc": "A label selector requirement is a selector that contains values, a key, and an operator that\nrelates the key and values.",
    "fields": {
      "key": {
        "type": "string",
        "doc": "key is the label key that the selector applies to."
      },
      "operator": {
        "type": "string",
        "doc": "operator represents a key's relationship to a set of values.\nValid operators are In, NotIn, Exists and DoesNotExist."
      },
      "values": {
        "type": {
          "list": "string"
        },
        "doc": "values is an array of string values. If the operator is In or NotIn,\nthe values array must be non-empty. If the operator is Exists or DoesNotExist,\nthe values array must be empty. This array is replaced during a strategic\nmerge patch.",
        "listType": "atomic"
      }
    },
    "required": [
      "key",
      "operator"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersTls": {
    "doc": "TLS is the TLS configuration for the Listener. This field is required if\nthe Protocol field is \"HTTPS\" or \"TLS\". It is invalid to set this field\nif the Protocol field is \"HTTP\", \"TCP\", or \"UDP\".\n\nThe association of SNIs to Certificate defined in ListenerTLSConfig is\ndefined based on the Hostname field for this listener.\n\nThe GatewayClass MUST use the longest matching SNI out of all\navailable certificates for any TLS handshake.\n\nSupport: Core",
    "fields": {
      "certificateRefs": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecListenersTlsCertificateRefs"
          }
        },
        "doc": "CertificateRefs contains a series of references to Kubernetes objects that\ncontains TLS certificates and private keys. These certificates are used to\nestablish a TLS handshake for requests that match the hostname of the\nassociated listener.\n\nA single CertificateRef to a Kubernetes Secret has \"Core\" support.\nImplementations MAY choose to support attaching multiple certificates to\na Listener, but this behavior is implementation-specific.\n\nReferences to a resource in different namespace are invalid UNLESS there\nis a ReferenceGrant in the target namespace that allows the certificate\nto be attached. If a ReferenceGrant does not allow this reference, the\n\"ResolvedRefs\" condition MUST be set to False for this listener with the\n\"RefNotPermitted\" reason.\n\nThis field is required to have at least one element when the mode is set\nto \"Terminate\" (default) and is optional otherwise.\n\nCertificateRefs can reference to standard Kubernetes resources, i.e.\nSecret, or implementation-specific custom resources.\n\nSupport: Core - A single reference to a Kubernetes Secret of type kubernetes.io/tls\n\nSupport: Implementation-specific (More than one reference or other resource types)",
        "listType": "atomic"
      },
      "mode": {
        "type": "string",
        "doc": "Mode defines the TLS behavior for the TLS session initiated by the client.\nThere are two possible modes:\n\n- Terminate: The TLS session between the downstream client and the\n  Gateway is terminated at the Gateway. This mode requires certificates\n  to be specified in some way, such as populating the certificateRefs\n  field.\n- Passthrough: The TLS session is NOT terminated by the Gateway. This\n  implies that the Gateway can't decipher the TLS stream except for\n  the ClientHello message of the TLS protocol. The certificateRefs field\n  is ignored in this mode.\n\nSupport: Core",
        "enum": [
          "Terminate",
          "Passthrough"
        ],
        "default": "Terminate"
      },
      "options": {
        "type": {
          "map": "string"
        },
        "doc": "Options are a list of key/value pairs to enable extended TLS\nconfiguration for each implementation. For example, configuring the\nminimum TLS version or supported cipher suites.\n\nA set of common keys MAY be defined by the API in the future. To avoid\nany ambiguity, implementation-specific definitions MUST use\ndomain-prefixed names, such as `example.com/my-custom-option`.\nUn-prefixed names are reserved for key names defined by Gateway API.\n\nSupport: Implementation-specific"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecListenersTlsCertificateRefs": {
    "doc": "SecretObjectReference identifies an API object including its namespace,\ndefaulting to Secret.\n\nThe API object must be valid in the cluster; the Group and Kind must\nbe registered in the cluster for this reference to be valid.\n\nReferences to objects with invalid Group and Kind are not valid, and must\nbe rejected by the implementation, with appropriate Conditions set\non the containing object.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred.",
        "default": ""
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent. For example \"Secret\".",
        "default": "Secret"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referenced object. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTls": {
    "doc": "TLS specifies frontend and backend tls configuration for entire gateway.\n\nSupport: Extended",
    "fields": {
      "backend": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsBackend"
        },
        "doc": "Backend describes TLS configuration for gateway when connecting\nto backends.\n\nNote that this contains only details for the Gateway as a TLS client,\nand does _not_ imply behavior about how to choose which backend should\nget a TLS connection. That is determined by the presence of a BackendTLSPolicy.\n\nSupport: Core"
      },
      "frontend": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontend"
        },
        "doc": "Frontend describes TLS config when client connects to Gateway.\nSupport: Core"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsBackend": {
    "doc": "Backend describes TLS configuration for gateway when connecting\nto backends.\n\nNote that this contains only details for the Gateway as a TLS client,\nand does _not_ imply behavior about how to choose which backend should\nget a TLS connection. That is determined by the presence of a BackendTLSPolicy.\n\nSupport: Core",
    "fields": {
      "clientCertificateRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsBackendClientCertificateRef"
        },
        "doc": "ClientCertificateRef references an object that contains a client certificate\nand its associated private key. It can reference standard Kubernetes resources,\ni.e., Secret, or implementation-specific custom resources.\n\nA ClientCertificateRef is considered invalid if:\n\n* It refers to a resource that cannot be resolved (e.g., the referenced resource\n  does not exist) or is misconfigured (e.g., a Secret does not contain the keys\n  named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition\n  on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`\n  and the Message of the Condition MUST indicate why the reference is invalid.\n\n* It refers to a resource in another namespace UNLESS there is a ReferenceGrant\n  in the target namespace that allows the certificate to be attached.\n  If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition\n  on the Gateway MUST be set to False with the Reason `RefNotPermitted`.\n\nImplementations MAY choose to perform further validation of the certificate\ncontent (e.g., checking expiry or enforcing specific formats). In such cases,\nan implementation-specific Reason and Message MUST be set.\n\nSupport: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).\nSupport: Implementation-specific - Other resource kinds or Secrets with a\ndifferent type (e.g., `Opaque`)."
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsBackendClientCertificateRef": {
    "doc": "ClientCertificateRef references an object that contains a client certificate\nand its associated private key. It can reference standard Kubernetes resources,\ni.e., Secret, or implementation-specific custom resources.\n\nA ClientCertificateRef is considered invalid if:\n\n* It refers to a resource that cannot be resolved (e.g., the referenced resource\n  does not exist) or is misconfigured (e.g., a Secret does not contain the keys\n  named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition\n  on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`\n  and the Message of the Condition MUST indicate why the reference is invalid.\n\n* It refers to a resource in another namespace UNLESS there is a ReferenceGrant\n  in the target namespace that allows the certificate to be attached.\n  If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition\n  on the Gateway MUST be set to False with the Reason `RefNotPermitted`.\n\nImplementations MAY choose to perform further validation of the certificate\ncontent (e.g., checking expiry or enforcing specific formats). In such cases,\nan implementation-specific Reason and Message MUST be set.\n\nSupport: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).\nSupport: Implementation-specific - Other resource kinds or Secrets with a\ndifferent type (e.g., `Opaque`).",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred.",
        "default": ""
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent. For example \"Secret\".",
        "default": "Secret"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referenced object. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontend": {
    "doc": "Frontend describes TLS config when client connects to Gateway.\nSupport: Core",
    "fields": {
      "default": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendDefault"
        },
        "doc": "Default specifies the default client certificate validation configuration\nfor all Listeners handling HTTPS traffic, unless a per-port configuration\nis defined.\n\nsupport: Core"
      },
      "perPort": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPort"
          }
        },
        "doc": "PerPort specifies tls configuration assigned per port.\nPer port configuration is optional. Once set this configuration overrides\nthe default configuration for all Listeners handling HTTPS traffic\nthat match this port.\nEach override port requires a unique TLS configuration.\n\nsupport: Core",
        "listType": "map",
        "listMapKeys": [
          "port"
        ]
      }
    },
    "required": [
      "default"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendDefault": {
    "doc": "Default specifies the default client certificate validation configuration\nfor all Listeners handling HTTPS traffic, unless a per-port configuration\nis defined.\n\nsupport: Core",
    "fields": {
      "validation": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendDefaultValidation"
        },
        "doc": "Validation holds configuration information for validating the frontend (client).\nSetting this field will result in mutual authentication when connecting to the gateway.\nIn browsers this may result in a dialog appearing\nthat requests a user to specify the client certificate.\nThe maximum depth of a certificate chain accepted in verification is Implementation specific.\n\nSupport: Core"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendDefaultValidation": {
    "doc": "Validation holds configuration information for validating the frontend (client).\nSetting this field will result in mutual authentication when connecting to the gateway.\nIn browsers this may result in a dialog appearing\nthat requests a user to specify the client certificate.\nThe maximum depth of a certificate chain accepted in verification is Implementation specific.\n\nSupport: Core",
    "fields": {
      "caCertificateRefs": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs"
          }
        },
        "doc": "CACertificateRefs contains one or more references to Kubernetes\nobjects that contain a PEM-encoded TLS CA certificate bundle, which\nis used as a trust anchor to validate the certificates presented by\nthe client.\n\nA CACertificateRef is invalid if:\n\n* It refers to a resource that cannot be resolved (e.g., the\n  referenced resource does not exist) or is misconfigured (e.g., a\n  ConfigMap does not contain a key named `ca.crt`). In this case, the\n  Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`\n  and the Message of the Condition must indicate which reference is invalid and why.\n\n* It refers to an unknown or unsupported kind of resource. In this\n  case, the Reason on all matching HTTPS listeners must be set to\n  `InvalidCACertificateKind` and the Message of the Condition must explain\n  which kind of resource is unknown or unsupported.\n\n* It refers to a resource in another namespace UNLESS there is a\n  ReferenceGrant in the target namespace that allows the CA\n  certificate to be attached. If a ReferenceGrant does not allow this\n  reference, the `ResolvedRefs` on all matching HTTPS listeners condition\n  MUST be set with the Reason `RefNotPermitted`.\n\nImplementations MAY choose to perform further validation of the\ncertificate content (e.g., checking expiry or enforcing specific formats).\nIn such cases, an implementation-specific Reason and Message MUST be set.\n\nIn all cases, the implementation MUST ensure that the `ResolvedRefs`\ncondition is set to `status: False` on all targeted listeners (i.e.,\nlisteners serving HTTPS on a matching port). The condition MUST\ninclude a Reason and Message that indicate the cause of the error. If\nALL CACertificateRefs are invalid, the implementation MUST also ensure\nthe `Accepted` condition on the listener is set to `status: False`, with\nthe Reason `NoValidCACertificate`.\nImplementations MAY choose to support attaching multiple CA certificates\nto a listener, but this behavior is implementation-specific.\n\nSupport: Core - A single reference to a Kubernetes ConfigMap, with the\nCA certificate in a key named `ca.crt`.\n\nSupport: Implementation-specific - More than one reference, other kinds\nof resources, or a single reference that includes multiple certificates.",
        "listType": "atomic"
      },
      "mode": {
        "type": "string",
        "doc": "FrontendValidationMode defines the mode for validating the client certificate.\nThere are two possible modes:\n\n- AllowValidOnly: In this mode, the gateway will accept connections only if\n  the client presents a valid certificate. This certificate must successfully\n  pass validation against the CA certificates specified in `CACertificateRefs`.\n- AllowInsecureFallback: In this mode, the gateway will accept connections\n  even if the client certificate is not presented or fails verification.\n\n  This approach delegates client authorization to the backend and introduce\n  a significant security risk. It should be used in testing environments or\n  on a temporary basis in non-testing environments.\n\nDefaults to AllowValidOnly.\n\nSupport: Core",
        "enum": [
          "AllowValidOnly",
          "AllowInsecureFallback"
        ],
        "default": "AllowValidOnly"
      }
    },
    "required": [
      "caCertificateRefs"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs": {
    "doc": "ObjectReference identifies an API object including its namespace.\n\nThe API object must be valid in the cluster; the Group and Kind must\nbe registered in the cluster for this reference to be valid.\n\nReferences to objects with invalid Group and Kind are not valid, and must\nbe rejected by the implementation, with appropriate Conditions set\non the containing object.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen set to the empty string, core API group is inferred."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent. For example \"ConfigMap\" or \"Service\"."
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referenced object. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      }
    },
    "required": [
      "group",
      "kind",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPort": {
    "doc": "",
    "fields": {
      "port": {
        "type": "int32",
        "doc": "The Port indicates the Port Number to which the TLS configuration will be\napplied. This configuration will be applied to all Listeners handling HTTPS\ntraffic that match this port.\n\nSupport: Core"
      },
      "tls": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPortTls"
        },
        "doc": "TLS store the configuration that will be applied to all Listeners handling\nHTTPS traffic and matching given port.\n\nSupport: Core"
      }
    },
    "required": [
      "port",
      "tls"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPortTls": {
    "doc": "TLS store the configuration that will be applied to all Listeners handling\nHTTPS traffic and matching given port.\n\nSupport: Core",
    "fields": {
      "validation": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPortTlsValidation"
        },
        "doc": "Validation holds configuration information for validating the frontend (client).\nSetting this field will result in mutual authentication when connecting to the gateway.\nIn browsers this may result in a dialog appearing\nthat requests a user to specify the client certificate.\nThe maximum depth of a certificate chain accepted in verification is Implementation specific.\n\nSupport: Core"
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPortTlsValidation": {
    "doc": "Validation holds configuration information for validating the frontend (client).\nSetting this field will result in mutual authentication when connecting to the gateway.\nIn browsers this may result in a dialog appearing\nthat requests a user to specify the client certificate.\nThe maximum depth of a certificate chain accepted in verification is Implementation specific.\n\nSupport: Core",
    "fields": {
      "caCertificateRefs": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs"
          }
        },
        "doc": "CACertificateRefs contains one or more references to Kubernetes\nobjects that contain a PEM-encoded TLS CA certificate bundle, which\nis used as a trust anchor to validate the certificates presented by\nthe client.\n\nA CACertificateRef is invalid if:\n\n* It refers to a resource that cannot be resolved (e.g., the\n  referenced resource does not exist) or is misconfigured (e.g., a\n  ConfigMap does not contain a key named `ca.crt`). In this case, the\n  Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`\n  and the Message of the Condition must indicate which reference is invalid and why.\n\n* It refers to an unknown or unsupported kind of resource. In this\n  case, the Reason on all matching HTTPS listeners must be set to\n  `InvalidCACertificateKind` and the Message of the Condition must explain\n  which kind of resource is unknown or unsupported.\n\n* It refers to a resource in another namespace UNLESS there is a\n  ReferenceGrant in the target namespace that allows the CA\n  certificate to be attached. If a ReferenceGrant does not allow this\n  reference, the `ResolvedRefs` on all matching HTTPS listeners condition\n  MUST be set with the Reason `RefNotPermitted`.\n\nImplementations MAY choose to perform further validation of the\ncertificate content (e.g., checking expiry or enforcing specific formats).\nIn such cases, an implementation-specific Reason and Message MUST be set.\n\nIn all cases, the implementation MUST ensure that the `ResolvedRefs`\ncondition is set to `status: False` on all targeted listeners (i.e.,\nlisteners serving HTTPS on a matching port). The condition MUST\ninclude a Reason and Message that indicate the cause of the error. If\nALL CACertificateRefs are invalid, the implementation MUST also ensure\nthe `Accepted` condition on the listener is set to `status: False`, with\nthe Reason `NoValidCACertificate`.\nImplementations MAY choose to support attaching multiple CA certificates\nto a listener, but this behavior is implementation-specific.\n\nSupport: Core - A single reference to a Kubernetes ConfigMap, with the\nCA certificate in a key named `ca.crt`.\n\nSupport: Implementation-specific - More than one reference, other kinds\nof resources, or a single reference that includes multiple certificates.",
        "listType": "atomic"
      },
      "mode": {
        "type": "string",
        "doc": "FrontendValidationMode defines the mode for validating the client certificate.\nThere are two possible modes:\n\n- AllowValidOnly: In this mode, the gateway will accept connections only if\n  the client presents a valid certificate. This certificate must successfully\n  pass validation against the CA certificates specified in `CACertificateRefs`.\n- AllowInsecureFallback: In this mode, the gateway will accept connections\n  even if the client certificate is not presented or fails verification.\n\n  This approach delegates client authorization to the backend and introduce\n  a significant security risk. It should be used in testing environments or\n  on a temporary basis in non-testing environments.\n\nDefaults to AllowValidOnly.\n\nSupport: Core",
        "enum": [
          "AllowValidOnly",
          "AllowInsecureFallback"
        ],
        "default": "AllowValidOnly"
      }
    },
    "required": [
      "caCertificateRefs"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs": {
    "doc": "ObjectReference identifies an API object including its namespace.\n\nThe API object must be valid in the cluster; the Group and Kind must\nbe registered in the cluster for this reference to be valid.\n\nReferences to objects with invalid Group and Kind are not valid, and must\nbe rejected by the implementation, with appropriate Conditions set\non the containing object.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen set to the empty string, core API group is inferred."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent. For example \"ConfigMap\" or \"Service\"."
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referenced object. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      }
    },
    "required": [
      "group",
      "kind",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayStatus": {
    "doc": "Status defines the current state of Gateway.",
    "fields": {
      "addresses": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayStatusAddresses"
          }
        },
        "doc": "Addresses lists the network addresses that have been bound to the\nGateway.\n\nThis list may differ from the addresses provided in the spec under some\nconditions:\n\n  * no addresses are specified, all addresses are dynamically assigned\n  * a combination of specified and dynamic addresses are assigned\n  * a specified address was unusable (e.g. already in use)",
        "listType": "atomic"
      },
      "attachedListenerSets": {
        "type": "int32",
        "doc": "AttachedListenerSets represents the total number of ListenerSets that have been\nsuccessfully attached to this Gateway.\n\nA ListenerSet is successfully attached to a Gateway when all the following conditions are met:\n- The ListenerSet is selected by the Gateway's AllowedListeners field\n- The ListenerSet has a valid ParentRef selecting the Gateway\n- The ListenerSet's status has the condition \"Accepted: true\"\n\nUses for this field include troubleshooting AttachedListenerSets attachment and\nmeasuring blast radius/impact of changes to a Gateway."
      },
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayStatusConditions"
          }
        },
        "doc": "Conditions describe the current conditions of the Gateway.\n\nImplementations should prefer to express Gateway conditions\nusing the `GatewayConditionType` and `GatewayConditionReason`\nconstants so that operators and tools can converge on a common\nvocabulary to describe Gateway state.\n\nKnown condition types are:\n\n* \"Accepted\"\n* \"Programmed\"\n* \"Ready\"",
        "listType": "map",
        "listMapKeys": [
          "type"
        ]
      },
      "listeners": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayStatusListeners"
          }
        },
        "doc": "Listeners provide status for each unique listener port defined in the Spec.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.GatewayStatusAddresses": {
    "doc": "GatewayStatusAddress describes a network address that is bound to a Gateway.",
    "fields": {
      "type": {
        "type": "string",
        "doc": "Type of the address.",
        "default": "IPAddress"
      },
      "value": {
        "type": "string",
        "doc": "Value of the address. The validity of the values will depend\non the type and support by the controller.\n\nExamples: `1.2.3.4`, `128::1`, `my-ip-address`."
      }
    },
    "required": [
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayStatusConditions": {
    "doc": "Condition contains details for one aspect of the current state of this API Resource.",
    "fields": {
      "lastTransitionTime": {
        "type": "date-time",
        "doc": "lastTransitionTime is the last time the condition transitioned from one status to another.\nThis should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."
      },
      "message": {
        "type": "string",
        "doc": "message is a human readable message indicating details about the transition.\nThis may be an empty string."
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "observedGeneration represents the .metadata.generation that the condition was set based upon.\nFor instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date\nwith respect to the current state of the instance."
      },
      "reason": {
        "type": "string",
        "doc": "reason contains a programmatic identifier indicating the reason for the condition's last transition.\nProducers of specific condition types may define expected values and meanings for this field,\nand whether the values are considered a guaranteed API.\nThe value should be a CamelCase string.\nThis field may not be empty."
      },
      "status": {
        "type": "string",
        "doc": "status of the condition, one of True, False, Unknown.",
        "enum": [
          "True",
          "False",
          "Unknown"
        ]
      },
      "type": {
        "type": "string",
        "doc": "type of condition in CamelCase or in foo.example.com/CamelCase."
      }
    },
    "required": [
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayStatusListeners": {
    "doc": "ListenerStatus is the status associated with a Listener.",
    "fields": {
      "attachedRoutes": {
        "type": "int32",
        "doc": "AttachedRoutes represents the total number of Routes that have been\nsuccessfully attached to this Listener.\n\nSuccessful attachment of a Route to a Listener is based solely on the\ncombination of the AllowedRoutes field on the corresponding Listener\nand the Route's ParentRefs field. A Route is successfully attached to\na Listener when it is selected by the Listener's AllowedRoutes field\nAND the Route has a valid ParentRef selecting the whole Gateway\nresource or a specific Listener as a parent resource (more detail on\nattachment semantics can be found in the documentation on the various\nRoute kinds ParentRefs fields). Listener or Route status does not impact\nsuccessful attachment, i.e. the AttachedRoutes field count MUST be set\nfor Listeners, even if the Accepted condition of an individual Listener is set\nto \"False\". The AttachedRoutes number represents the number of Routes with\nthe Accepted condition set to \"True\" that have been attached to this Listener.\nRoutes with any other value for the Accepted condition MUST NOT be included\nin this count.\n\nUses for this field include troubleshooting Route attachment and\nmeasuring blast radius/impact of changes to a Listener."
      },
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayStatusListenersConditions"
          }
        },
        "doc": "Conditions describe the current condition of this listener.",
        "listType": "map",
        "listMapKeys": [
          "type"
        ]
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the Listener that this status corresponds to."
      },
      "supportedKinds": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.GatewayStatusListenersSupportedKinds"
          }
        },
        "doc": "SupportedKinds is the list indicating the Kinds supported by this\nlistener. This MUST represent the kinds supported by an implementation for\nthat Listener configuration.\n\nIf kinds are specified in Spec that are not supported, they MUST NOT\nappear in this list and an implementation MUST set the \"ResolvedRefs\"\ncondition to \"False\" with the \"InvalidRouteKinds\" reason. If both valid\nand invalid Route kinds are specified, the implementation MUST\nreference the valid Route kinds that have been specified.",
        "listType": "atomic"
      }
    },
    "required": [
      "attachedRoutes",
      "conditions",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayStatusListenersConditions": {
    "doc": "Condition contains details for one aspect of the current state of this API Resource.",
    "fields": {
      "lastTransitionTime": {
        "type": "date-time",
        "doc": "lastTransitionTime is the last time the condition transitioned from one status to another.\nThis should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."
      },
      "message": {
        "type": "string",
        "doc": "message is a human readable message indicating details about the transition.\nThis may be an empty string."
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "observedGeneration represents the .metadata.generation that the condition was set based upon.\nFor instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date\nwith respect to the current state of the instance."
      },
      "reason": {
        "type": "string",
        "doc": "reason contains a programmatic identifier indicating the reason for the condition's last transition.\nProducers of specific condition types may define expected values and meanings for this field,\nand whether the values are considered a guaranteed API.\nThe value should be a CamelCase string.\nThis field may not be empty."
      },
      "status": {
        "type": "string",
        "doc": "status of the condition, one of True, False, Unknown.",
        "enum": [
          "True",
          "False",
          "Unknown"
        ]
      },
      "type": {
        "type": "string",
        "doc": "type of condition in CamelCase or in foo.example.com/CamelCase."
      }
    },
    "required": [
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.GatewayStatusListenersSupportedKinds": {
    "doc": "RouteGroupKind indicates the group and kind of a Route resource.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the Route.",
        "default": "gateway.networking.k8s.io"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the kind of the Route."
      }
    },
    "required": [
      "kind"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRoute": {
    "doc": "HTTPRoute provides a way to route HTTP requests. This includes the capability\nto match requests by hostname, path, header, or query param. Filters can be\nused to specify additional processing steps. Backends specify where matching\nrequests should be routed.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpec"
        },
        "doc": "Spec defines the desired state of HTTPRoute."
      },
      "status": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteStatus"
        },
        "doc": "Status defines the current state of HTTPRoute."
      }
    },
    "required": [
      "spec"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpec": {
    "doc": "Spec defines the desired state of HTTPRoute.",
    "fields": {
      "hostnames": {
        "type": {
          "list": "string"
        },
        "doc": "Hostnames defines a set of hostnames that should match against the HTTP Host\nheader to select a HTTPRoute used to process the request. Implementations\nMUST ignore any port value specified in the HTTP Host header while\nperforming a match and (absent of any applicable header modification\nconfiguration) MUST forward this header unmodified to the backend.\n\nValid values for Hostnames are determined by RFC 1123 definition of a\nhostname with 2 notable exceptions:\n\n1. IPs are not allowed.\n2. A hostname may be prefixed with a wildcard label (`*.`). The wildcard\n   label must appear by itself as the first label.\n\nIf a hostname is specified by both the Listener and HTTPRoute, there\nmust be at least one intersecting hostname for the HTTPRoute to be\nattached to the Listener. For example:\n\n* A Listener with `test.example.com` as the hostname matches HTTPRoutes\n  that have either not specified any hostnames, or have specified at\n  least one of `test.example.com` or `*.example.com`.\n* A Listener with `*.example.com` as the hostname matches HTTPRoutes\n  that have either not specified any hostnames or have specified at least\n  one hostname that matches the Listener hostname. For example,\n  `*.example.com`, `test.example.com`, and `foo.test.example.com` would\n  all match. On the other hand, `example.com` and `test.example.net` would\n  not match.\n\nHostnames that are prefixed with a wildcard label (`*.`) are interpreted\nas a suffix match. That means that a match for `*.example.com` would match\nboth `test.example.com`, and `foo.test.example.com`, but not `example.com`.\n\nIf both the Listener and HTTPRoute have specified hostnames, any\nHTTPRoute hostnames that do not match the Listener hostname MUST be\nignored. For example, if a Listener specified `*.example.com`, and the\nHTTPRoute specified `test.example.com` and `test.example.net`,\n`test.example.net` must not be considered for a match.\n\nIf both the Listener and HTTPRoute have specified hostnames, and none\nmatch with the criteria above, then the HTTPRoute is not accepted. The\nimplementation must raise an 'Accepted' Condition with a status of\n`False` in the corresponding RouteParentStatus.\n\nIn the event that multiple HTTPRoutes specify intersecting hostnames (e.g.\noverlapping wildcard matching and exact matching hostnames), precedence must\nbe given to rules from the HTTPRoute with the largest number of:\n\n* Characters in a matching non-wildcard hostname.\n* Characters in a matching hostname.\n\nIf ties exist across multiple Routes, the matching precedence rules for\nHTTPRouteMatches takes over.\n\nSupport: Core",
        "listType": "atomic"
      },
      "parentRefs": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecParentRefs"
          }
        },
        "doc": "ParentRefs references the resources (usually Gateways) that a Route wants\nto be attached to. Note that the referenced parent resource needs to\nallow this for the attachment to be complete. For Gateways, that means\nthe Gateway needs to allow attachment from Routes of this kind and\nnamespace. For Services, that means the Service must either be in the same\nnamespace for a \"producer\" route, or the mesh implementation must support\nand allow \"consumer\" routes for the referenced Service. ReferenceGrant is\nnot applicable for governing ParentRefs to Services - it is not possible to\ncreate a \"producer\" route for a Service in a different namespace from the\nRoute.\n\nThere are two kinds of parent resources with \"Core\" support:\n\n* Gateway (Gateway conformance profile)\n* Service (Mesh conformance profile, ClusterIP Services only)\n\nThis API may be extended in the future to support additional kinds of parent\nresources.\n\nParentRefs must be _distinct_. This means either that:\n\n* They select different objects.  If this is the case, then parentRef\n  entries are distinct. In terms of fields, this means that the\n  multi-part key defined by `group`, `kind`, `namespace`, and `name` must\n  be unique across all parentRef entries in the Route.\n* They do not select different objects, but for each optional field used,\n  each ParentRef that selects the same object must set the same set of\n  optional fields to different values. If one ParentRef sets a\n  combination of optional fields, all must set the same combination.\n\nSome examples:\n\n* If one ParentRef sets `sectionName`, all ParentRefs referencing the\n  same object must also set `sectionName`.\n* If one ParentRef sets `port`, all ParentRefs referencing the same\n  object must also set `port`.\n* If one ParentRef sets `sectionName` and `port`, all ParentRefs\n  referencing the same object must also set `sectionName` and `port`.\n\nIt is possible to separately reference multiple distinct objects that may\nbe collapsed by an implementation. For example, some implementations may\nchoose to merge compatible Gateway Listeners together. If that is the\ncase, the list of routes attached to those resources should also be\nmerged.\n\nNote that for ParentRefs that cross namespace boundaries, there are specific\nrules. Cross-namespace references are only valid if they are explicitly\nallowed by something in the namespace they are referring to. For example,\nGateway has the AllowedRoutes field, and ReferenceGrant provides a\ngeneric way to enable other kinds of cross-namespace reference.",
        "listType": "atomic"
      },
      "rules": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRules"
          }
        },
        "doc": "Rules are a list of HTTP matchers, filters and actions.",
        "listType": "atomic"
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecParentRefs": {
    "doc": "ParentReference identifies an API object (usually a Gateway) that can be considered\na parent of this resource (usually a route). There are two kinds of parent resources\nwith \"Core\" support:\n\n* Gateway (Gateway conformance profile)\n* Service (Mesh conformance profile, ClusterIP Services only)\n\nThis API may be extended in the future to support additional kinds of parent\nresources.\n\nThe API object must be valid in the cluster; the Group and Kind must\nbe registered in the cluster for this reference to be valid.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent.\nWhen unspecified, \"gateway.networking.k8s.io\" is inferred.\nTo set the core API group (such as for a \"Service\" kind referent),\nGroup must be explicitly set to \"\" (empty string).\n\nSupport: Core",
        "default": "gateway.networking.k8s.io"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent.\n\nThere are two kinds of parent resources with \"Core\" support:\n\n* Gateway (Gateway conformance profile)\n* Service (Mesh conformance profile, ClusterIP Services only)\n\nSupport for other resources is Implementation-Specific.",
        "default": "Gateway"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent.\n\nSupport: Core"
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referent. When unspecified, this refers\nto the local namespace of the Route.\n\nNote that there are specific rules for ParentRefs which cross namespace\nboundaries. Cross-namespace references are only valid if they are explicitly\nallowed by something in the namespace they are referring to. For example:\nGateway has the AllowedRoutes field, and ReferenceGrant provides a\ngeneric way to enable any other kind of cross-namespace reference.\n\nSupport: Core"
      },
      "port": {
        "type": "int32",
        "doc": "Port is the network port this Route targets. It can be interpreted\ndifferently based on the type of parent resource.\n\nWhen the parent resource is a Gateway, this targets all listeners\nlistening on the specified port that also support this kind of Route(and\nselect this Route). It's not recommended to set `Port` unless the\nnetworking behaviors specified in a Route must apply to a specific port\nas opposed to a listener(s) whose port(s) may be changed. When both Port\nand SectionName are specified, the name and port of the selected listener\nmust match both specified values.\n\nImplementations MAY choose to support other parent resources.\nImplementations supporting other types of parent resources MUST clearly\ndocument how/if Port is interpreted.\n\nFor the purpose of status, an attachment is considered successful as\nlong as the parent resource accepts it partially. For example, Gateway\nlisteners can restrict which Routes can attach to them by Route kind,\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment\nfrom the referencing Route, the Route MUST be considered successfully\nattached. If no Gateway listeners accept attachment from this Route,\nthe Route MUST be considered detached from the Gateway.\n\nSupport: Extended"
      },
      "sectionName": {
        "type": "string",
        "doc": "SectionName is the name of a section within the target resource. In the\nfollowing resources, SectionName is interpreted as the following:\n\n* Gateway: Listener name. When both Port (experimental) and SectionName\nare specified, the name and port of the selected listener must match\nboth specified values.\n* Service: Port name. When both Port (experimental) and SectionName\nare specified, the name and port of the selected listener must match\nboth specified values.\n\nImplementations MAY choose to support attaching Routes to other resources.\nIf that is the case, they MUST clearly document how SectionName is\ninterpreted.\n\nWhen unspecified (empty string), this will reference the entire resource.\nFor the purpose of status, an attachment is considered successful if at\nleast one section in the parent resource accepts it. For example, Gateway\nlisteners can restrict which Routes can attach to them by Route kind,\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment from\nthe referencing Route, the Route MUST be considered successfully\nattached. If no Gateway listeners accept attachment from this Route, the\nRoute MUST be considered detached from the Gateway.\n\nSupport: Core"
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRules": {
    "doc": "HTTPRouteRule defines semantics for matching an HTTP request based on\nconditions (matches), processing it (filters), and forwarding the request to\nan API object (backendRefs).",
    "fields": {
      "backendRefs": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefs"
          }
        },
        "doc": "BackendRefs defines the backend(s) where matching requests should be\nsent.\n\nFailure behavior here depends on how many BackendRefs are specified and\nhow many are invalid.\n\nIf *all* entries in BackendRefs are invalid, and there are also no filters\nspecified in this route rule, *all* traffic which matches this rule MUST\nreceive a 500 status code.\n\nSee the HTTPBackendRef definition for the rules about what makes a single\nHTTPBackendRef invalid.\n\nWhen a HTTPBackendRef is invalid, 500 status codes MUST be returned for\nrequests that would have otherwise been routed to an invalid backend. If\nmultiple backends are specified, and some are invalid, the proportion of\nrequests that would otherwise have been routed to an invalid backend\nMUST receive a 500 status code.\n\nFor example, if two backends are specified with equal weights, and one is\ninvalid, 50 percent of traffic must receive a 500. Implementations may\nchoose how that 50 percent is determined.\n\nWhen a HTTPBackendRef refers to a Service that has no ready endpoints,\nimplementations SHOULD return a 503 for requests to that backend instead.\nIf an implementation chooses to do this, all of the above rules for 500 responses\nMUST also apply for responses that return a 503.\n\nSupport: Core for Kubernetes Service\n\nSupport: Extended for Kubernetes ServiceImport\n\nSupport: Implementation-specific for any other resource\n\nSupport for weight: Core",
        "listType": "atomic"
      },
      "filters": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFilters"
          }
        },
        "doc": "Filters define the filters that are applied to requests that match\nthis rule.\n\nWherever possible, implementations SHOULD implement filters in the order\nthey are specified.\n\nImplementations MAY choose to implement this ordering strictly, rejecting\nany combination or order of filters that cannot be supported. If implementations\nchoose a strict interpretation of filter ordering, they MUST clearly document\nthat behavior.\n\nTo reject an invalid combination or order of filters, implementations SHOULD\nconsider the Route Rules with this configuration invalid. If all Route Rules\nin a Route are invalid, the entire Route would be considered invalid. If only\na portion of Route Rules are invalid, implementations MUST set the\n\"PartiallyInvalid\" condition for the Route.\n\nConformance-levels at this level are defined based on the type of filter:\n\n- ALL core filters MUST be supported by all implementations.\n- Implementers are encouraged to support extended filters.\n- Implementation-specific custom filters have no API guarantees across\n  implementations.\n\nSpecifying the same filter multiple times is not supported unless explicitly\nindicated in the filter.\n\nAll filters are expected to be compatible with each other except for the\nURLRewrite and RequestRedirect filters, which may not be combined. If an\nimplementation cannot support other combinations of filters, they must clearly\ndocument that limitation. In cases where incompatible or unsupported\nfilters are specified and cause the `Accepted` condition to be set to status\n`False`, implementations may use the `IncompatibleFilters` reason to specify\nthis configuration error.\n\nSupport: Core",
        "listType": "atomic"
      },
      "matches": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatches"
          }
        },
        "doc": "Matches define conditions used for matching the rule against incoming\nHTTP requests. Each match is independent, i.e. this rule will be matched\nif **any** one of the matches is satisfied.\n\nFor example, take the following matches configuration:\n\n```\nmatches:\n- path:\n    value: \"/foo\"\n  headers:\n  - name: \"version\"\n    value: \"v2\"\n- path:\n    value: \"/v2/foo\"\n```\n\nFor a request to match against this rule, a request must satisfy\nEITHER of the two conditions:\n\n- path prefixed with `/foo` AND contains the header `version: v2`\n- path prefix of `/v2/foo`\n\nSee the documentation for HTTPRouteMatch on how to specify multiple\nmatch conditions that should be ANDed together.\n\nIf no matches are specified, the default is a prefix\npath match on \"/\", which has the effect of matching every\nHTTP request.\n\nProxy or Load Balancer routing configuration generated from HTTPRoutes\nMUST prioritize matches based on the following criteria, continuing on\nties. Across all rules specified on applicable Routes, precedence must be\ngiven to the match having:\n\n* \"Exact\" path match.\n* \"Prefix\" path match with largest number of characters.\n* Method match.\n* Largest number of header matches.\n* Largest number of query param matches.\n\nNote: The precedence of RegularExpression path matches are implementation-specific.\n\nIf ties still exist across multiple Routes, matching precedence MUST be\ndetermined in order of the following criteria, continuing on ties:\n\n* The oldest Route based on creation timestamp.\n* The Route appearing first in alphabetical order by\n  \"{namespace}/{name}\".\n\nIf ties still exist within an HTTPRoute, matching precedence MUST be granted\nto the FIRST matching rule (in list order) with a match meeting the above\ncriteria.\n\nWhen no rules matching a request have been successfully attached to the\nparent a request is coming from, a HTTP 404 status code MUST be returned.",
        "listType": "atomic"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the route rule. This name MUST be unique within a Route if it is set.\n\nSupport: Extended"
      },
      "timeouts": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesTimeouts"
        },
        "doc": "Timeouts defines the timeouts that can be configured for an HTTP request.\n\nSupport: Extended"
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefs": {
    "doc": "HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.\n\nNote that when a namespace different than the local namespace is specified, a\nReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.",
    "fields": {
      "filters": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFilters"
          }
        },
        "doc": "Filters defined at this level should be executed if and only if the\nrequest is being forwarded to the backend defined here.\n\nSupport: Implementation-specific (For broader support of filters, use the\nFilters field in HTTPRouteRule.)",
        "listType": "atomic"
      },
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred.",
        "default": ""
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the Kubernetes resource kind of the referent. For example\n\"Service\".\n\nDefaults to \"Service\" when not specified.\n\nExternalName services can refer to CNAME DNS records that may live\noutside of the cluster and as such are difficult to reason about in\nterms of conformance. They also may not be safe to forward to (see\nCVE-2021-25740 for more information). Implementations SHOULD NOT\nsupport ExternalName Services.\n\nSupport: Core (Services with a type other than ExternalName)\n\nSupport: Implementation-specific (Services with type ExternalName)",
        "default": "Service"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the backend. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      },
      "port": {
        "type": "int32",
        "doc": "Port specifies the destination port number to use for this resource.\nPort is required when the referent is a Kubernetes Service. In this\ncase, the port number is the service port number, not the target port.\nFor other resources, destination port might be derived from the referent\nresource or this field."
      },
      "weight": {
        "type": "int32",
        "doc": "Weight specifies the proportion of requests forwarded to the referenced\nbackend. This is computed as weight/(sum of all weights in this\nBackendRefs list). For non-zero values, there may be some epsilon from\nthe exact proportion defined here depending on the precision an\nimplementation supports. Weight is not a percentage and the sum of\nweights does not need to equal 100.\n\nIf only one backend is specified and it has a weight greater than 0, 100%\nof the traffic is forwarded to that backend. If weight is set to 0, no\ntraffic should be forwarded for this entry. If unspecified, weight\ndefaults to 1.\n\nSupport for this field varies based on the context where used.",
        "default": 1
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFilters": {
    "doc": "HTTPRouteFilter defines processing steps that must be completed during the\nrequest or response lifecycle. HTTPRouteFilters are meant as an extension\npoint to express processing that may be done in Gateway implementations. Some\nexamples include request or response modification, implementing\nauthentication strategies, rate-limiting, and traffic shaping. API\nguarantee/conformance is defined based on the type of the filter.",
    "fields": {
      "cors": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersCors"
        },
        "doc": "CORS defines a schema for a filter that responds to the\ncross-origin request based on HTTP response header.\n\nSupport: Extended"
      },
      "extensionRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersExtensionRef"
        },
        "doc": "ExtensionRef is an optional, implementation-specific extension to the\n\"filter\" behavior.  For example, resource \"myroutefilter\" in group\n\"networking.example.net\"). ExtensionRef MUST NOT be used for core and\nextended filters.\n\nThis filter can be used multiple times within the same rule.\n\nSupport: Implementation-specific"
      },
      "requestHeaderModifier": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestHeaderModifier"
        },
        "doc": "RequestHeaderModifier defines a schema for a filter that modifies request\nheaders.\n\nSupport: Core"
      },
      "requestMirror": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestMirror"
        },
        "doc": "RequestMirror defines a schema for a filter that mirrors requests.\nRequests are sent to the specified destination, but responses from\nthat destination are ignored.\n\nThis filter can be used multiple times within the same rule. Note that\nnot all implementations will be able to support mirroring to multiple\nbackends.\n\nSupport: Extended"
      },
      "requestRedirect": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestRedirect"
        },
        "doc": "RequestRedirect defines a schema for a filter that responds to the\nrequest with an HTTP redirection.\n\nSupport: Core"
      },
      "responseHeaderModifier": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersResponseHeaderModifier"
        },
        "doc": "ResponseHeaderModifier defines a schema for a filter that modifies response\nheaders.\n\nSupport: Extended"
      },
      "type": {
        "type": "string",
        "doc": "Type identifies the type of filter to apply. As with other API fields,\ntypes are classified into three conformance levels:\n\n- Core: Filter types and their corresponding configuration defined by\n  \"Support: Core\" in this package, e.g. \"RequestHeaderModifier\". All\n  implementations must support core filters.\n\n- Extended: Filter types and their corresponding configuration defined by\n  \"Support: Extended\" in this package, e.g. \"RequestMirror\". Implementers\n  are encouraged to support extended filters.\n\n- Implementation-specific: Filters that are defined and supported by\n  specific vendors.\n  In the future, filters showing convergence in behavior across multiple\n  implementations will be considered for inclusion in extended or core\n  conformance levels. Filter-specific configuration for such filters\n  is specified using the ExtensionRef field. `Type` should be set to\n  \"ExtensionRef\" for custom filters.\n\nImplementers are encouraged to define custom implementation types to\nextend the core API with implementation-specific behavior.\n\nIf a reference to a custom filter type cannot be resolved, the filter\nMUST NOT be skipped. Instead, requests that would have been processed by\nthat filter MUST receive a HTTP error response.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.",
        "enum": [
          "RequestHeaderModifier",
          "ResponseHeaderModifier",
          "RequestMirror",
          "RequestRedirect",
          "URLRewrite",
          "ExtensionRef",
          "CORS"
        ]
      },
      "urlRewrite": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersUrlRewrite"
        },
        "doc": "URLRewrite defines a schema for a filter that modifies a request during forwarding.\n\nSupport: Extended"
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersCors": {
    "doc": "CORS defines a schema for a filter that responds to the\ncross-origin request based on HTTP response header.\n\nSupport: Extended",
    "fields": {
      "allowCredentials": {
        "type": "boolean",
        "doc": "AllowCredentials indicates whether the actual cross-origin request allows\nto include credentials.\n\nWhen set to true, the gateway will include the `Access-Control-Allow-Credentials`\nresponse header with value true (case-sensitive).\n\nWhen set to false or omitted the gateway will omit the header\n`Access-Control-Allow-Credentials` entirely (this is the standard CORS\nbehavior).\n\nSupport: Extended"
      },
      "allowHeaders": {
        "type": {
          "list": "string"
        },
        "doc": "AllowHeaders indicates which HTTP request headers are supported for\naccessing the requested resource.\n\nHeader names are not case-sensitive.\n\nMultiple header names in the value of the `Access-Control-Allow-Headers`\nresponse header are separated by a comma (\",\").\n\nWhen the `allowHeaders` field is configured with one or more headers, the\ngateway must return the `Access-Control-Allow-Headers` response header\nwhich value is present in the `allowHeaders` field.\n\nIf any header name in the `Access-Control-Request-Headers` request header\nis not included in the list of header names specified by the response\nheader `Access-Control-Allow-Headers`, it will present an error on the\nclient side.\n\nIf any header name in the `Access-Control-Allow-Headers` response header\ndoes not recognize by the client, it will also occur an error on the\nclient side.\n\nA wildcard indicates that the requests with all HTTP headers are allowed.\n\nIf the configuration contains the wildcard `*` in `allowHeaders` and\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`\nresponse header may either contain the wildcard `*` or echo the value\nof the `Access-Control-Request-Headers` request header.\n\nIf the configuration contains the wildcard `*` in `allowHeaders` and\n`allowCredentials` is set to `true`, the gateway must not return `*`\nin the `Access-Control-Allow-Headers` response header. Instead, it must\nreturn one or more header names matching the value of the\n`Access-Control-Request-Headers` request header.\nIf the `Access-Control-Request-Headers` header is not present in the\nrequest, the gateway must omit the `Access-Control-Allow-Headers`\nresponse header.\n\nSupport: Extended",
        "listType": "set"
      },
      "allowMethods": {
        "type": {
          "list": "string"
        },
        "doc": "AllowMethods indicates which HTTP methods are supported for accessing the\nrequested resource.\n\nValid values are any method defined by RFC9110, along with the special\nvalue `*`, which represents all HTTP methods are allowed.\n\nMethod names are case-sensitive, so these values are also case-sensitive.\n(See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)\n\nMultiple method names in the value of the `Access-Control-Allow-Methods`\nresponse header are separated by a comma (\",\").\n\nA CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.\n(See https://fetch.spec.whatwg.org/#cors-safelisted-method) The\nCORS-safelisted methods are always allowed, regardless of whether they\nare specified in the `allowMethods` field.\n\nWhen the `allowMethods` field is configured with one or more methods, the\ngateway must return the `Access-Control-Allow-Methods` response header\nwhich value is present in the `allowMethods` field.\n\nIf the HTTP method of the `Access-Control-Request-Method` request header\nis not included in the list of methods specified by the response header\n`Access-Control-Allow-Methods`, it will present an error on the client\nside.\n\nIf the configuration contains the wildcard `*` in `allowMethods` and\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`\nresponse header may either contain the wildcard `*` or echo the value\nof the `Access-Control-Request-Method` request header.\n\nIf the configuration contains the wildcard `*` in `allowMethods` and\n`allowCredentials` is set to `true`, the gateway must not return `*`\nin the `Access-Control-Allow-Methods` response header. Instead, it must\nreturn a single HTTP method matching the value of the\n`Access-Control-Request-Method` request header.\nIf the `Access-Control-Request-Method` header is not present in the request,\nthe gateway must omit the `Access-Control-Allow-Methods` response header.\n\nSupport: Extended",
        "listType": "set"
      },
      "allowOrigins": {
        "type": {
          "list": "string"
        },
        "doc": "AllowOrigins indicates whether the response can be shared with requested\nresource from the given `Origin`.\n\nThe `Origin` consists of a scheme and a host, with an optional port, and\ntakes the form `<scheme>://<host>(:<port>)`.\n\nValid values for scheme are: `http` and `https`.\n\nValid values for port are any integer between 1 and 65535 (the list of\navailable TCP/UDP ports). Note that, if not included, port `80` is\nassumed for `http` scheme origins, and port `443` is assumed for `https`\norigins. This may affect origin matching.\n\nThe host part of the origin may contain the wildcard character `*`. These\nwildcard characters behave as follows:\n\n* `*` is a greedy match to the _left_, including any number of\n  DNS labels to the left of its position. This also means that\n  `*` will include any number of period `.` characters to the\n  left of its position.\n* A wildcard by itself matches all hosts.\n\nAn origin value that includes _only_ the `*` character indicates requests\nfrom all `Origin`s are allowed.\n\nWhen the `allowOrigins` field is configured with multiple origins, it\nmeans the server supports clients from multiple origins. If the request\n`Origin` matches the configured allowed origins, the gateway must return\nthe given `Origin` and sets value of the header\n`Access-Control-Allow-Origin` same as the `Origin` header provided by the\nclient.\n\nThe status code of a successful response to a \"preflight\" request is\nalways an OK status (i.e., 204 or 200).\n\nIf the request `Origin` does not match the configured allowed origins,\nthe gateway returns 204/200 response but doesn't set the relevant\ncross-origin response headers. Alternatively, the gateway responds with\n403 status to the \"preflight\" request is denied, coupled with omitting\nthe CORS headers. The cross-origin request fails on the client side.\nTherefore, the client doesn't attempt the actual cross-origin request.\n\nConversely, if the request `Origin` matches one of the configured\nallowed origins, the gateway sets the response header\n`Access-Control-Allow-Origin` to the same value as the `Origin`\nheader provided by the client.\n\nIf the configuration contains the wildcard `*` in `allowOrigins` and\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`\nresponse header may either contain the wildcard `*` or echo the value\nof the `Origin` request header.\n\nIf the configuration contains the wildcard `*` in `allowOrigins` and\n`allowCredentials` is set to `true`, the gateway must not return `*`\nin the `Access-Control-Allow-Origin` response header. Instead, it must\nreturn a single origin matching the value of the `Origin` request header.\n\nSupport: Extended",
        "listType": "set"
      },
      "exposeHeaders": {
        "type": {
          "list": "string"
        },
        "doc": "ExposeHeaders indicates which HTTP response headers can be exposed\nto client-side scripts in response to a cross-origin request.\n\nA CORS-safelisted response header is an HTTP header in a CORS response\nthat it is considered safe to expose to the client scripts.\nThe CORS-safelisted response headers include the following headers:\n`Cache-Control`\n`Content-Language`\n`Content-Length`\n`Content-Type`\n`Expires`\n`Last-Modified`\n`Pragma`\n(See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)\nThe CORS-safelisted response headers are exposed to client by default.\n\nWhen an HTTP header name is specified using the `exposeHeaders` field,\nthis additional header will be exposed as part of the response to the\nclient.\n\nHeader names are not case-sensitive.\n\nMultiple header names in the value of the `Access-Control-Expose-Headers`\nresponse header are separated by a comma (\",\").\n\nA wildcard indicates that the responses with all HTTP headers are exposed\nto clients.\n\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\n`allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`\nresponse header can contain the wildcard `*`.\n\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\n`allowCredentials` is set to `true`, the gateway cannot use the `*`\nin the `Access-Control-Expose-Headers` response header.\n\nSupport: Extended",
        "listType": "set"
      },
      "maxAge": {
        "type": "int32",
        "doc": "MaxAge indicates the duration (in seconds) for the client to cache the\nresults of a \"preflight\" request.\n\nThe information provided by the `Access-Control-Allow-Methods` and\n`Access-Control-Allow-Headers` response headers can be cached by the\nclient until the time specified by `Access-Control-Max-Age` elapses.\n\nThe default value of `Access-Control-Max-Age` response header is 5\n(seconds).\n\nWhen the `MaxAge` field is unspecified, the gateway sets the response\nheader \"Access-Control-Max-Age: 5\" by default.",
        "default": 5
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersExtensionRef": {
    "doc": "ExtensionRef is an optional, implementation-specific extension to the\n\"filter\" behavior.  For example, resource \"myroutefilter\" in group\n\"networking.example.net\"). ExtensionRef MUST NOT be used for core and\nextended filters.\n\nThis filter can be used multiple times within the same rule.\n\nSupport: Implementation-specific",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent. For example \"HTTPRoute\" or \"Service\"."
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      }
    },
    "required": [
      "group",
      "kind",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestHeaderModifier": {
    "doc": "RequestHeaderModifier defines a schema for a filter that modifies request\nheaders.\n\nSupport: Core",
    "fields": {
      "add": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd"
          }
        },
        "doc": "Add adds the given header(s) (name, value) to the request\nbefore the action. It appends to any existing values associated\nwith the header name.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  add:\n  - name: \"my-header\"\n    value: \"bar,baz\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: foo,bar,baz",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "remove": {
        "type": {
          "list": "string"
        },
        "doc": "Remove the given header(s) from the HTTP request before the action. The\nvalue of Remove is a list of HTTP header names. Note that the header\nnames are case-insensitive (see\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\n\nInput:\n  GET /foo HTTP/1.1\n  my-header1: foo\n  my-header2: bar\n  my-header3: baz\n\nConfig:\n  remove: [\"my-header1\", \"my-header3\"]\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header2: bar",
        "listType": "set"
      },
      "set": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet"
          }
        },
        "doc": "Set overwrites the request with the given header (name, value)\nbefore the action.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  set:\n  - name: \"my-header\"\n    value: \"bar\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: bar",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestMirror": {
    "doc": "RequestMirror defines a schema for a filter that mirrors requests.\nRequests are sent to the specified destination, but responses from\nthat destination are ignored.\n\nThis filter can be used multiple times within the same rule. Note that\nnot all implementations will be able to support mirroring to multiple\nbackends.\n\nSupport: Extended",
    "fields": {
      "backendRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef"
        },
        "doc": "BackendRef references a resource where mirrored requests are sent.\n\nMirrored requests must be sent only to a single destination endpoint\nwithin this BackendRef, irrespective of how many endpoints are present\nwithin this BackendRef.\n\nIf the referent cannot be found, this BackendRef is invalid and must be\ndropped from the Gateway. The controller must ensure the \"ResolvedRefs\"\ncondition on the Route status is set to `status: False` and not configure\nthis backend in the underlying implementation.\n\nIf there is a cross-namespace reference to an *existing* object\nthat is not allowed by a ReferenceGrant, the controller must ensure the\n\"ResolvedRefs\"  condition on the Route is set to `status: False`,\nwith the \"RefNotPermitted\" reason and not configure this backend in the\nunderlying implementation.\n\nIn either error case, the Message of the `ResolvedRefs` Condition\nshould be used to provide more detail about the problem.\n\nSupport: Extended for Kubernetes Service\n\nSupport: Implementation-specific for any other resource\n\nIf the backend service requires TLS, use BackendTLSPolicy to tell the\nimplementation to supply the TLS details to be used to connect to that\nbackend."
      },
      "fraction": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestMirrorFraction"
        },
        "doc": "Fraction represents the fraction of requests that should be\nmirrored to BackendRef.\n\nOnly one of Fraction or Percent may be specified. If neither field\nis specified, 100% of requests will be mirrored."
      },
      "percent": {
        "type": "int32",
        "doc": "Percent represents the percentage of requests that should be\nmirrored to BackendRef. Its minimum value is 0 (indicating 0% of\nrequests) and its maximum value is 100 (indicating 100% of requests).\n\nOnly one of Fraction or Percent may be specified. If neither field\nis specified, 100% of requests will be mirrored."
      }
    },
    "required": [
      "backendRef"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef": {
    "doc": "BackendRef references a resource where mirrored requests are sent.\n\nMirrored requests must be sent only to a single destination endpoint\nwithin this BackendRef, irrespective of how many endpoints are present\nwithin this BackendRef.\n\nIf the referent cannot be found, this BackendRef is invalid and must be\ndropped from the Gateway. The controller must ensure the \"ResolvedRefs\"\ncondition on the Route status is set to `status: False` and not configure\nthis backend in the underlying implementation.\n\nIf there is a cross-namespace reference to an *existing* object\nthat is not allowed by a ReferenceGrant, the controller must ensure the\n\"ResolvedRefs\"  condition on the Route is set to `status: False`,\nwith the \"RefNotPermitted\" reason and not configure this backend in the\nunderlying implementation.\n\nIn either error case, the Message of the `ResolvedRefs` Condition\nshould be used to provide more detail about the problem.\n\nSupport: Extended for Kubernetes Service\n\nSupport: Implementation-specific for any other resource\n\nIf the backend service requires TLS, use BackendTLSPolicy to tell the\nimplementation to supply the TLS details to be used to connect to that\nbackend.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred.",
        "default": ""
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the Kubernetes resource kind of the referent. For example\n\"Service\".\n\nDefaults to \"Service\" when not specified.\n\nExternalName services can refer to CNAME DNS records that may live\noutside of the cluster and as such are difficult to reason about in\nterms of conformance. They also may not be safe to forward to (see\nCVE-2021-25740 for more information). Implementations SHOULD NOT\nsupport ExternalName Services.\n\nSupport: Core (Services with a type other than ExternalName)\n\nSupport: Implementation-specific (Services with type ExternalName)",
        "default": "Service"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the backend. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      },
      "port": {
        "type": "int32",
        "doc": "Port specifies the destination port number to use for this resource.\nPort is required when the referent is a Kubernetes Service. In this\ncase, the port number is the service port number, not the target port.\nFor other resources, destination port might be derived from the referent\nresource or this field."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestMirrorFraction": {
    "doc": "Fraction represents the fraction of requests that should be\nmirrored to BackendRef.\n\nOnly one of Fraction or Percent may be specified. If neither field\nis specified, 100% of requests will be mirrored.",
    "fields": {
      "denominator": {
        "type": "int32",
        "doc": "",
        "default": 100
      },
      "numerator": {
        "type": "int32",
        "doc": ""
      }
    },
    "required": [
      "numerator"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestRedirect": {
    "doc": "RequestRedirect defines a schema for a filter that responds to the\nrequest with an HTTP redirection.\n\nSupport: Core",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "Hostname is the hostname to be used in the value of the `Location`\nheader in the response.\nWhen empty, the hostname in the `Host` header of the request is used.\n\nSupport: Core"
      },
      "path": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestRedirectPath"
        },
        "doc": "Path defines parameters used to modify the path of the incoming request.\nThe modified path is then used to construct the `Location` header. When\nempty, the request path is used as-is.\n\nSupport: Extended"
      },
      "port": {
        "type": "int32",
        "doc": "Port is the port to be used in the value of the `Location`\nheader in the response.\n\nIf no port is specified, the redirect port MUST be derived using the\nfollowing rules:\n\n* If redirect scheme is not-empty, the redirect port MUST be the well-known\n  port associated with the redirect scheme. Specifically \"http\" to port 80\n  and \"https\" to port 443. If the redirect scheme does not have a\n  well-known port, the listener port of the Gateway SHOULD be used.\n* If redirect scheme is empty, the redirect port MUST be the Gateway\n  Listener port.\n\nImplementations SHOULD NOT add the port number in the 'Location'\nheader in the following cases:\n\n* A Location header that will use HTTP (whether that is determined via\n  the Listener protocol or the Scheme field) _and_ use port 80.\n* A Location header that will use HTTPS (whether that is determined via\n  the Listener protocol or the Scheme field) _and_ use port 443.\n\nSupport: Extended"
      },
      "scheme": {
        "type": "string",
        "doc": "Scheme is the scheme to be used in the value of the `Location` header in\nthe response. When empty, the scheme of the request is used.\n\nScheme redirects can affect the port of the redirect, for more information,\nrefer to the documentation for the port field of this filter.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.\n\nSupport: Extended",
        "enum": [
          "http",
          "https"
        ]
      },
      "statusCode": {
        "type": "int64",
        "doc": "StatusCode is the HTTP status code to be used in response.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.\n\nSupport: statusCode 301 and 302 are Core; all others are Extended.",
        "enum": [
          301,
          302,
          303,
          307,
          308
        ],
        "default": 302
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersRequestRedirectPath": {
    "doc": "Path defines parameters used to modify the path of the incoming request.\nThe modified path is then used to construct the `Location` header. When\nempty, the request path is used as-is.\n\nSupport: Extended",
    "fields": {
      "replaceFullPath": {
        "type": "string",
        "doc": "ReplaceFullPath specifies the value with which to replace the full path\nof a request during a rewrite or redirect."
      },
      "replacePrefixMatch": {
        "type": "string",
        "doc": "ReplacePrefixMatch specifies the value with which to replace the prefix\nmatch of a request during a rewrite or redirect. For example, a request\nto \"/foo/bar\" with a prefix match of \"/foo\" and a ReplacePrefixMatch\nof \"/xyz\" would be modified to \"/xyz/bar\".\n\nNote that this matches the behavior of the PathPrefix match type. This\nmatches full path elements. A path element refers to the list of labels\nin the path split by the `/` separator. When specified, a trailing `/` is\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\nmatch the prefix `/abc`, but the path `/abcd` would not.\n\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\nthe implementation setting the Accepted Condition for the Route to `status: False`.\n\nRequest Path | Prefix Match | Replace Prefix | Modified Path"
      },
      "type": {
        "type": "string",
        "doc": "Type defines the type of path modifier. Additional types may be\nadded in a future release of the API.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.",
        "enum": [
          "ReplaceFullPath",
          "ReplacePrefixMatch"
        ]
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersResponseHeaderModifier": {
    "doc": "ResponseHeaderModifier defines a schema for a filter that modifies response\nheaders.\n\nSupport: Extended",
    "fields": {
      "add": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd"
          }
        },
        "doc": "Add adds the given header(s) (name, value) to the request\nbefore the action. It appends to any existing values associated\nwith the header name.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  add:\n  - name: \"my-header\"\n    value: \"bar,baz\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: foo,bar,baz",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "remove": {
        "type": {
          "list": "string"
        },
        "doc": "Remove the given header(s) from the HTTP request before the action. The\nvalue of Remove is a list of HTTP header names. Note that the header\nnames are case-insensitive (see\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\n\nInput:\n  GET /foo HTTP/1.1\n  my-header1: foo\n  my-header2: bar\n  my-header3: baz\n\nConfig:\n  remove: [\"my-header1\", \"my-header3\"]\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header2: bar",
        "listType": "set"
      },
      "set": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet"
          }
        },
        "doc": "Set overwrites the request with the given header (name, value)\nbefore the action.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  set:\n  - name: \"my-header\"\n    value: \"bar\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: bar",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersUrlRewrite": {
    "doc": "URLRewrite defines a schema for a filter that modifies a request during forwarding.\n\nSupport: Extended",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "Hostname is the value to be used to replace the Host header value during\nforwarding.\n\nSupport: Extended"
      },
      "path": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersUrlRewritePath"
        },
        "doc": "Path defines a path rewrite.\n\nSupport: Extended"
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesBackendRefsFiltersUrlRewritePath": {
    "doc": "Path defines a path rewrite.\n\nSupport: Extended",
    "fields": {
      "replaceFullPath": {
        "type": "string",
        "doc": "ReplaceFullPath specifies the value with which to replace the full path\nof a request during a rewrite or redirect."
      },
      "replacePrefixMatch": {
        "type": "string",
        "doc": "ReplacePrefixMatch specifies the value with which to replace the prefix\nmatch of a request during a rewrite or redirect. For example, a request\nto \"/foo/bar\" with a prefix match of \"/foo\" and a ReplacePrefixMatch\nof \"/xyz\" would be modified to \"/xyz/bar\".\n\nNote that this matches the behavior of the PathPrefix match type. This\nmatches full path elements. A path element refers to the list of labels\nin the path split by the `/` separator. When specified, a trailing `/` is\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\nmatch the prefix `/abc`, but the path `/abcd` would not.\n\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\nthe implementation setting the Accepted Condition for the Route to `status: False`.\n\nRequest Path | Prefix Match | Replace Prefix | Modified Path"
      },
      "type": {
        "type": "string",
        "doc": "Type defines the type of path modifier. Additional types may be\nadded in a future release of the API.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.",
        "enum": [
          "ReplaceFullPath",
          "ReplacePrefixMatch"
        ]
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFilters": {
    "doc": "HTTPRouteFilter defines processing steps that must be completed during the\nrequest or response lifecycle. HTTPRouteFilters are meant as an extension\npoint to express processing that may be done in Gateway implementations. Some\nexamples include request or response modification, implementing\nauthentication strategies, rate-limiting, and traffic shaping. API\nguarantee/conformance is defined based on the type of the filter.",
    "fields": {
      "cors": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersCors"
        },
        "doc": "CORS defines a schema for a filter that responds to the\ncross-origin request based on HTTP response header.\n\nSupport: Extended"
      },
      "extensionRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersExtensionRef"
        },
        "doc": "ExtensionRef is an optional, implementation-specific extension to the\n\"filter\" behavior.  For example, resource \"myroutefilter\" in group\n\"networking.example.net\"). ExtensionRef MUST NOT be used for core and\nextended filters.\n\nThis filter can be used multiple times within the same rule.\n\nSupport: Implementation-specific"
      },
      "requestHeaderModifier": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestHeaderModifier"
        },
        "doc": "RequestHeaderModifier defines a schema for a filter that modifies request\nheaders.\n\nSupport: Core"
      },
      "requestMirror": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestMirror"
        },
        "doc": "RequestMirror defines a schema for a filter that mirrors requests.\nRequests are sent to the specified destination, but responses from\nthat destination are ignored.\n\nThis filter can be used multiple times within the same rule. Note that\nnot all implementations will be able to support mirroring to multiple\nbackends.\n\nSupport: Extended"
      },
      "requestRedirect": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestRedirect"
        },
        "doc": "RequestRedirect defines a schema for a filter that responds to the\nrequest with an HTTP redirection.\n\nSupport: Core"
      },
      "responseHeaderModifier": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersResponseHeaderModifier"
        },
        "doc": "ResponseHeaderModifier defines a schema for a filter that modifies response\nheaders.\n\nSupport: Extended"
      },
      "type": {
        "type": "string",
        "doc": "Type identifies the type of filter to apply. As with other API fields,\ntypes are classified into three conformance levels:\n\n- Core: Filter types and their corresponding configuration defined by\n  \"Support: Core\" in this package, e.g. \"RequestHeaderModifier\". All\n  implementations must support core filters.\n\n- Extended: Filter types and their corresponding configuration defined by\n  \"Support: Extended\" in this package, e.g. \"RequestMirror\". Implementers\n  are encouraged to support extended filters.\n\n- Implementation-specific: Filters that are defined and supported by\n  specific vendors.\n  In the future, filters showing convergence in behavior across multiple\n  implementations will be considered for inclusion in extended or core\n  conformance levels. Filter-specific configuration for such filters\n  is specified using the ExtensionRef field. `Type` should be set to\n  \"ExtensionRef\" for custom filters.\n\nImplementers are encouraged to define custom implementation types to\nextend the core API with implementation-specific behavior.\n\nIf a reference to a custom filter type cannot be resolved, the filter\nMUST NOT be skipped. Instead, requests that would have been processed by\nthat filter MUST receive a HTTP error response.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.",
        "enum": [
          "RequestHeaderModifier",
          "ResponseHeaderModifier",
          "RequestMirror",
          "RequestRedirect",
          "URLRewrite",
          "ExtensionRef",
          "CORS"
        ]
      },
      "urlRewrite": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersUrlRewrite"
        },
        "doc": "URLRewrite defines a schema for a filter that modifies a request during forwarding.\n\nSupport: Extended"
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersCors": {
    "doc": "CORS defines a schema for a filter that responds to the\ncross-origin request based on HTTP response header.\n\nSupport: Extended",
    "fields": {
      "allowCredentials": {
        "type": "boolean",
        "doc": "AllowCredentials indicates whether the actual cross-origin request allows\nto include credentials.\n\nWhen set to true, the gateway will include the `Access-Control-Allow-Credentials`\nresponse header with value true (case-sensitive).\n\nWhen set to false or omitted the gateway will omit the header\n`Access-Control-Allow-Credentials` entirely (this is the standard CORS\nbehavior).\n\nSupport: Extended"
      },
      "allowHeaders": {
        "type": {
          "list": "string"
        },
        "doc": "AllowHeaders indicates which HTTP request headers are supported for\naccessing the requested resource.\n\nHeader names are not case-sensitive.\n\nMultiple header names in the value of the `Access-Control-Allow-Headers`\nresponse header are separated by a comma (\",\").\n\nWhen the `allowHeaders` field is configured with one or more headers, the\ngateway must return the `Access-Control-Allow-Headers` response header\nwhich value is present in the `allowHeaders` field.\n\nIf any header name in the `Access-Control-Request-Headers` request header\nis not included in the list of header names specified by the response\nheader `Access-Control-Allow-Headers`, it will present an error on the\nclient side.\n\nIf any header name in the `Access-Control-Allow-Headers` response header\ndoes not recognize by the client, it will also occur an error on the\nclient side.\n\nA wildcard indicates that the requests with all HTTP headers are allowed.\n\nIf the configuration contains the wildcard `*` in `allowHeaders` and\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Headers`\nresponse header may either contain the wildcard `*` or echo the value\nof the `Access-Control-Request-Headers` request header.\n\nIf the configuration contains the wildcard `*` in `allowHeaders` and\n`allowCredentials` is set to `true`, the gateway must not return `*`\nin the `Access-Control-Allow-Headers` response header. Instead, it must\nreturn one or more header names matching the value of the\n`Access-Control-Request-Headers` request header.\nIf the `Access-Control-Request-Headers` header is not present in the\nrequest, the gateway must omit the `Access-Control-Allow-Headers`\nresponse header.\n\nSupport: Extended",
        "listType": "set"
      },
      "allowMethods": {
        "type": {
          "list": "string"
        },
        "doc": "AllowMethods indicates which HTTP methods are supported for accessing the\nrequested resource.\n\nValid values are any method defined by RFC9110, along with the special\nvalue `*`, which represents all HTTP methods are allowed.\n\nMethod names are case-sensitive, so these values are also case-sensitive.\n(See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)\n\nMultiple method names in the value of the `Access-Control-Allow-Methods`\nresponse header are separated by a comma (\",\").\n\nA CORS-safelisted method is a method that is `GET`, `HEAD`, or `POST`.\n(See https://fetch.spec.whatwg.org/#cors-safelisted-method) The\nCORS-safelisted methods are always allowed, regardless of whether they\nare specified in the `allowMethods` field.\n\nWhen the `allowMethods` field is configured with one or more methods, the\ngateway must return the `Access-Control-Allow-Methods` response header\nwhich value is present in the `allowMethods` field.\n\nIf the HTTP method of the `Access-Control-Request-Method` request header\nis not included in the list of methods specified by the response header\n`Access-Control-Allow-Methods`, it will present an error on the client\nside.\n\nIf the configuration contains the wildcard `*` in `allowMethods` and\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Methods`\nresponse header may either contain the wildcard `*` or echo the value\nof the `Access-Control-Request-Method` request header.\n\nIf the configuration contains the wildcard `*` in `allowMethods` and\n`allowCredentials` is set to `true`, the gateway must not return `*`\nin the `Access-Control-Allow-Methods` response header. Instead, it must\nreturn a single HTTP method matching the value of the\n`Access-Control-Request-Method` request header.\nIf the `Access-Control-Request-Method` header is not present in the request,\nthe gateway must omit the `Access-Control-Allow-Methods` response header.\n\nSupport: Extended",
        "listType": "set"
      },
      "allowOrigins": {
        "type": {
          "list": "string"
        },
        "doc": "AllowOrigins indicates whether the response can be shared with requested\nresource from the given `Origin`.\n\nThe `Origin` consists of a scheme and a host, with an optional port, and\ntakes the form `<scheme>://<host>(:<port>)`.\n\nValid values for scheme are: `http` and `https`.\n\nValid values for port are any integer between 1 and 65535 (the list of\navailable TCP/UDP ports). Note that, if not included, port `80` is\nassumed for `http` scheme origins, and port `443` is assumed for `https`\norigins. This may affect origin matching.\n\nThe host part of the origin may contain the wildcard character `*`. These\nwildcard characters behave as follows:\n\n* `*` is a greedy match to the _left_, including any number of\n  DNS labels to the left of its position. This also means that\n  `*` will include any number of period `.` characters to the\n  left of its position.\n* A wildcard by itself matches all hosts.\n\nAn origin value that includes _only_ the `*` character indicates requests\nfrom all `Origin`s are allowed.\n\nWhen the `allowOrigins` field is configured with multiple origins, it\nmeans the server supports clients from multiple origins. If the request\n`Origin` matches the configured allowed origins, the gateway must return\nthe given `Origin` and sets value of the header\n`Access-Control-Allow-Origin` same as the `Origin` header provided by the\nclient.\n\nThe status code of a successful response to a \"preflight\" request is\nalways an OK status (i.e., 204 or 200).\n\nIf the request `Origin` does not match the configured allowed origins,\nthe gateway returns 204/200 response but doesn't set the relevant\ncross-origin response headers. Alternatively, the gateway responds with\n403 status to the \"preflight\" request is denied, coupled with omitting\nthe CORS headers. The cross-origin request fails on the client side.\nTherefore, the client doesn't attempt the actual cross-origin request.\n\nConversely, if the request `Origin` matches one of the configured\nallowed origins, the gateway sets the response header\n`Access-Control-Allow-Origin` to the same value as the `Origin`\nheader provided by the client.\n\nIf the configuration contains the wildcard `*` in `allowOrigins` and\n`allowCredentials` is set to `false`, the `Access-Control-Allow-Origin`\nresponse header may either contain the wildcard `*` or echo the value\nof the `Origin` request header.\n\nIf the configuration contains the wildcard `*` in `allowOrigins` and\n`allowCredentials` is set to `true`, the gateway must not return `*`\nin the `Access-Control-Allow-Origin` response header. Instead, it must\nreturn a single origin matching the value of the `Origin` request header.\n\nSupport: Extended",
        "listType": "set"
      },
      "exposeHeaders": {
        "type": {
          "list": "string"
        },
        "doc": "ExposeHeaders indicates which HTTP response headers can be exposed\nto client-side scripts in response to a cross-origin request.\n\nA CORS-safelisted response header is an HTTP header in a CORS response\nthat it is considered safe to expose to the client scripts.\nThe CORS-safelisted response headers include the following headers:\n`Cache-Control`\n`Content-Language`\n`Content-Length`\n`Content-Type`\n`Expires`\n`Last-Modified`\n`Pragma`\n(See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)\nThe CORS-safelisted response headers are exposed to client by default.\n\nWhen an HTTP header name is specified using the `exposeHeaders` field,\nthis additional header will be exposed as part of the response to the\nclient.\n\nHeader names are not case-sensitive.\n\nMultiple header names in the value of the `Access-Control-Expose-Headers`\nresponse header are separated by a comma (\",\").\n\nA wildcard indicates that the responses with all HTTP headers are exposed\nto clients.\n\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\n`allowCredentials` is set to `false`, the `Access-Control-Expose-Headers`\nresponse header can contain the wildcard `*`.\n\nIf the configuration contains the wildcard `*` in `exposeHeaders` and\n`allowCredentials` is set to `true`, the gateway cannot use the `*`\nin the `Access-Control-Expose-Headers` response header.\n\nSupport: Extended",
        "listType": "set"
      },
      "maxAge": {
        "type": "int32",
        "doc": "MaxAge indicates the duration (in seconds) for the client to cache the\nresults of a \"preflight\" request.\n\nThe information provided by the `Access-Control-Allow-Methods` and\n`Access-Control-Allow-Headers` response headers can be cached by the\nclient until the time specified by `Access-Control-Max-Age` elapses.\n\nThe default value of `Access-Control-Max-Age` response header is 5\n(seconds).\n\nWhen the `MaxAge` field is unspecified, the gateway sets the response\nheader \"Access-Control-Max-Age: 5\" by default.",
        "default": 5
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersExtensionRef": {
    "doc": "ExtensionRef is an optional, implementation-specific extension to the\n\"filter\" behavior.  For example, resource \"myroutefilter\" in group\n\"networking.example.net\"). ExtensionRef MUST NOT be used for core and\nextended filters.\n\nThis filter can be used multiple times within the same rule.\n\nSupport: Implementation-specific",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred."
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent. For example \"HTTPRoute\" or \"Service\"."
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      }
    },
    "required": [
      "group",
      "kind",
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestHeaderModifier": {
    "doc": "RequestHeaderModifier defines a schema for a filter that modifies request\nheaders.\n\nSupport: Core",
    "fields": {
      "add": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestHeaderModifierAdd"
          }
        },
        "doc": "Add adds the given header(s) (name, value) to the request\nbefore the action. It appends to any existing values associated\nwith the header name.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  add:\n  - name: \"my-header\"\n    value: \"bar,baz\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: foo,bar,baz",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "remove": {
        "type": {
          "list": "string"
        },
        "doc": "Remove the given header(s) from the HTTP request before the action. The\nvalue of Remove is a list of HTTP header names. Note that the header\nnames are case-insensitive (see\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\n\nInput:\n  GET /foo HTTP/1.1\n  my-header1: foo\n  my-header2: bar\n  my-header3: baz\n\nConfig:\n  remove: [\"my-header1\", \"my-header3\"]\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header2: bar",
        "listType": "set"
      },
      "set": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestHeaderModifierSet"
          }
        },
        "doc": "Set overwrites the request with the given header (name, value)\nbefore the action.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  set:\n  - name: \"my-header\"\n    value: \"bar\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: bar",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestHeaderModifierAdd": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestHeaderModifierSet": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestMirror": {
    "doc": "RequestMirror defines a schema for a filter that mirrors requests.\nRequests are sent to the specified destination, but responses from\nthat destination are ignored.\n\nThis filter can be used multiple times within the same rule. Note that\nnot all implementations will be able to support mirroring to multiple\nbackends.\n\nSupport: Extended",
    "fields": {
      "backendRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestMirrorBackendRef"
        },
        "doc": "BackendRef references a resource where mirrored requests are sent.\n\nMirrored requests must be sent only to a single destination endpoint\nwithin this BackendRef, irrespective of how many endpoints are present\nwithin this BackendRef.\n\nIf the referent cannot be found, this BackendRef is invalid and must be\ndropped from the Gateway. The controller must ensure the \"ResolvedRefs\"\ncondition on the Route status is set to `status: False` and not configure\nthis backend in the underlying implementation.\n\nIf there is a cross-namespace reference to an *existing* object\nthat is not allowed by a ReferenceGrant, the controller must ensure the\n\"ResolvedRefs\"  condition on the Route is set to `status: False`,\nwith the \"RefNotPermitted\" reason and not configure this backend in the\nunderlying implementation.\n\nIn either error case, the Message of the `ResolvedRefs` Condition\nshould be used to provide more detail about the problem.\n\nSupport: Extended for Kubernetes Service\n\nSupport: Implementation-specific for any other resource\n\nIf the backend service requires TLS, use BackendTLSPolicy to tell the\nimplementation to supply the TLS details to be used to connect to that\nbackend."
      },
      "fraction": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestMirrorFraction"
        },
        "doc": "Fraction represents the fraction of requests that should be\nmirrored to BackendRef.\n\nOnly one of Fraction or Percent may be specified. If neither field\nis specified, 100% of requests will be mirrored."
      },
      "percent": {
        "type": "int32",
        "doc": "Percent represents the percentage of requests that should be\nmirrored to BackendRef. Its minimum value is 0 (indicating 0% of\nrequests) and its maximum value is 100 (indicating 100% of requests).\n\nOnly one of Fraction or Percent may be specified. If neither field\nis specified, 100% of requests will be mirrored."
      }
    },
    "required": [
      "backendRef"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestMirrorBackendRef": {
    "doc": "BackendRef references a resource where mirrored requests are sent.\n\nMirrored requests must be sent only to a single destination endpoint\nwithin this BackendRef, irrespective of how many endpoints are present\nwithin this BackendRef.\n\nIf the referent cannot be found, this BackendRef is invalid and must be\ndropped from the Gateway. The controller must ensure the \"ResolvedRefs\"\ncondition on the Route status is set to `status: False` and not configure\nthis backend in the underlying implementation.\n\nIf there is a cross-namespace reference to an *existing* object\nthat is not allowed by a ReferenceGrant, the controller must ensure the\n\"ResolvedRefs\"  condition on the Route is set to `status: False`,\nwith the \"RefNotPermitted\" reason and not configure this backend in the\nunderlying implementation.\n\nIn either error case, the Message of the `ResolvedRefs` Condition\nshould be used to provide more detail about the problem.\n\nSupport: Extended for Kubernetes Service\n\nSupport: Implementation-specific for any other resource\n\nIf the backend service requires TLS, use BackendTLSPolicy to tell the\nimplementation to supply the TLS details to be used to connect to that\nbackend.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent. For example, \"gateway.networking.k8s.io\".\nWhen unspecified or empty string, core API group is inferred.",
        "default": ""
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the Kubernetes resource kind of the referent. For example\n\"Service\".\n\nDefaults to \"Service\" when not specified.\n\nExternalName services can refer to CNAME DNS records that may live\noutside of the cluster and as such are difficult to reason about in\nterms of conformance. They also may not be safe to forward to (see\nCVE-2021-25740 for more information). Implementations SHOULD NOT\nsupport ExternalName Services.\n\nSupport: Core (Services with a type other than ExternalName)\n\nSupport: Implementation-specific (Services with type ExternalName)",
        "default": "Service"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent."
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the backend. When unspecified, the local\nnamespace is inferred.\n\nNote that when a namespace different than the local namespace is specified,\na ReferenceGrant object is required in the referent namespace to allow that\nnamespace's owner to accept the reference. See the ReferenceGrant\ndocumentation for details.\n\nSupport: Core"
      },
      "port": {
        "type": "int32",
        "doc": "Port specifies the destination port number to use for this resource.\nPort is required when the referent is a Kubernetes Service. In this\ncase, the port number is the service port number, not the target port.\nFor other resources, destination port might be derived from the referent\nresource or this field."
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestMirrorFraction": {
    "doc": "Fraction represents the fraction of requests that should be\nmirrored to BackendRef.\n\nOnly one of Fraction or Percent may be specified. If neither field\nis specified, 100% of requests will be mirrored.",
    "fields": {
      "denominator": {
        "type": "int32",
        "doc": "",
        "default": 100
      },
      "numerator": {
        "type": "int32",
        "doc": ""
      }
    },
    "required": [
      "numerator"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestRedirect": {
    "doc": "RequestRedirect defines a schema for a filter that responds to the\nrequest with an HTTP redirection.\n\nSupport: Core",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "Hostname is the hostname to be used in the value of the `Location`\nheader in the response.\nWhen empty, the hostname in the `Host` header of the request is used.\n\nSupport: Core"
      },
      "path": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestRedirectPath"
        },
        "doc": "Path defines parameters used to modify the path of the incoming request.\nThe modified path is then used to construct the `Location` header. When\nempty, the request path is used as-is.\n\nSupport: Extended"
      },
      "port": {
        "type": "int32",
        "doc": "Port is the port to be used in the value of the `Location`\nheader in the response.\n\nIf no port is specified, the redirect port MUST be derived using the\nfollowing rules:\n\n* If redirect scheme is not-empty, the redirect port MUST be the well-known\n  port associated with the redirect scheme. Specifically \"http\" to port 80\n  and \"https\" to port 443. If the redirect scheme does not have a\n  well-known port, the listener port of the Gateway SHOULD be used.\n* If redirect scheme is empty, the redirect port MUST be the Gateway\n  Listener port.\n\nImplementations SHOULD NOT add the port number in the 'Location'\nheader in the following cases:\n\n* A Location header that will use HTTP (whether that is determined via\n  the Listener protocol or the Scheme field) _and_ use port 80.\n* A Location header that will use HTTPS (whether that is determined via\n  the Listener protocol or the Scheme field) _and_ use port 443.\n\nSupport: Extended"
      },
      "scheme": {
        "type": "string",
        "doc": "Scheme is the scheme to be used in the value of the `Location` header in\nthe response. When empty, the scheme of the request is used.\n\nScheme redirects can affect the port of the redirect, for more information,\nrefer to the documentation for the port field of this filter.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.\n\nSupport: Extended",
        "enum": [
          "http",
          "https"
        ]
      },
      "statusCode": {
        "type": "int64",
        "doc": "StatusCode is the HTTP status code to be used in response.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.\n\nSupport: statusCode 301 and 302 are Core; all others are Extended.",
        "enum": [
          301,
          302,
          303,
          307,
          308
        ],
        "default": 302
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersRequestRedirectPath": {
    "doc": "Path defines parameters used to modify the path of the incoming request.\nThe modified path is then used to construct the `Location` header. When\nempty, the request path is used as-is.\n\nSupport: Extended",
    "fields": {
      "replaceFullPath": {
        "type": "string",
        "doc": "ReplaceFullPath specifies the value with which to replace the full path\nof a request during a rewrite or redirect."
      },
      "replacePrefixMatch": {
        "type": "string",
        "doc": "ReplacePrefixMatch specifies the value with which to replace the prefix\nmatch of a request during a rewrite or redirect. For example, a request\nto \"/foo/bar\" with a prefix match of \"/foo\" and a ReplacePrefixMatch\nof \"/xyz\" would be modified to \"/xyz/bar\".\n\nNote that this matches the behavior of the PathPrefix match type. This\nmatches full path elements. A path element refers to the list of labels\nin the path split by the `/` separator. When specified, a trailing `/` is\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\nmatch the prefix `/abc`, but the path `/abcd` would not.\n\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\nthe implementation setting the Accepted Condition for the Route to `status: False`.\n\nRequest Path | Prefix Match | Replace Prefix | Modified Path"
      },
      "type": {
        "type": "string",
        "doc": "Type defines the type of path modifier. Additional types may be\nadded in a future release of the API.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.",
        "enum": [
          "ReplaceFullPath",
          "ReplacePrefixMatch"
        ]
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersResponseHeaderModifier": {
    "doc": "ResponseHeaderModifier defines a schema for a filter that modifies response\nheaders.\n\nSupport: Extended",
    "fields": {
      "add": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersResponseHeaderModifierAdd"
          }
        },
        "doc": "Add adds the given header(s) (name, value) to the request\nbefore the action. It appends to any existing values associated\nwith the header name.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  add:\n  - name: \"my-header\"\n    value: \"bar,baz\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: foo,bar,baz",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "remove": {
        "type": {
          "list": "string"
        },
        "doc": "Remove the given header(s) from the HTTP request before the action. The\nvalue of Remove is a list of HTTP header names. Note that the header\nnames are case-insensitive (see\nhttps://datatracker.ietf.org/doc/html/rfc2616#section-4.2).\n\nInput:\n  GET /foo HTTP/1.1\n  my-header1: foo\n  my-header2: bar\n  my-header3: baz\n\nConfig:\n  remove: [\"my-header1\", \"my-header3\"]\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header2: bar",
        "listType": "set"
      },
      "set": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersResponseHeaderModifierSet"
          }
        },
        "doc": "Set overwrites the request with the given header (name, value)\nbefore the action.\n\nInput:\n  GET /foo HTTP/1.1\n  my-header: foo\n\nConfig:\n  set:\n  - name: \"my-header\"\n    value: \"bar\"\n\nOutput:\n  GET /foo HTTP/1.1\n  my-header: bar",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersResponseHeaderModifierAdd": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersResponseHeaderModifierSet": {
    "doc": "HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, the first entry with\nan equivalent name MUST be considered for a match. Subsequent entries\nwith an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent."
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersUrlRewrite": {
    "doc": "URLRewrite defines a schema for a filter that modifies a request during forwarding.\n\nSupport: Extended",
    "fields": {
      "hostname": {
        "type": "string",
        "doc": "Hostname is the value to be used to replace the Host header value during\nforwarding.\n\nSupport: Extended"
      },
      "path": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersUrlRewritePath"
        },
        "doc": "Path defines a path rewrite.\n\nSupport: Extended"
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesFiltersUrlRewritePath": {
    "doc": "Path defines a path rewrite.\n\nSupport: Extended",
    "fields": {
      "replaceFullPath": {
        "type": "string",
        "doc": "ReplaceFullPath specifies the value with which to replace the full path\nof a request during a rewrite or redirect."
      },
      "replacePrefixMatch": {
        "type": "string",
        "doc": "ReplacePrefixMatch specifies the value with which to replace the prefix\nmatch of a request during a rewrite or redirect. For example, a request\nto \"/foo/bar\" with a prefix match of \"/foo\" and a ReplacePrefixMatch\nof \"/xyz\" would be modified to \"/xyz/bar\".\n\nNote that this matches the behavior of the PathPrefix match type. This\nmatches full path elements. A path element refers to the list of labels\nin the path split by the `/` separator. When specified, a trailing `/` is\nignored. For example, the paths `/abc`, `/abc/`, and `/abc/def` would all\nmatch the prefix `/abc`, but the path `/abcd` would not.\n\nReplacePrefixMatch is only compatible with a `PathPrefix` HTTPRouteMatch.\nUsing any other HTTPRouteMatch type on the same HTTPRouteRule will result in\nthe implementation setting the Accepted Condition for the Route to `status: False`.\n\nRequest Path | Prefix Match | Replace Prefix | Modified Path"
      },
      "type": {
        "type": "string",
        "doc": "Type defines the type of path modifier. Additional types may be\nadded in a future release of the API.\n\nNote that values may be added to this enum, implementations\nmust ensure that unknown values will not cause a crash.\n\nUnknown values here must result in the implementation setting the\nAccepted Condition for the Route to `status: False`, with a\nReason of `UnsupportedValue`.",
        "enum": [
          "ReplaceFullPath",
          "ReplacePrefixMatch"
        ]
      }
    },
    "required": [
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatches": {
    "doc": "HTTPRouteMatch defines the predicate used to match requests to a given\naction. Multiple match types are ANDed together, i.e. the match will\nevaluate to true only if all conditions are satisfied.\n\nFor example, the match below will match a HTTP request only if its path\nstarts with `/foo` AND it contains the `version: v1` header:\n\n```\nmatch:\n\n\tpath:\n\t  value: \"/foo\"\n\theaders:\n\t- name: \"version\"\n\t  value \"v1\"\n\n```",
    "fields": {
      "headers": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatchesHeaders"
          }
        },
        "doc": "Headers specifies HTTP request header matchers. Multiple match values are\nANDed together, meaning, a request must match all the specified headers\nto select the route.",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      },
      "method": {
        "type": "string",
        "doc": "Method specifies HTTP method matcher.\nWhen specified, this route will be matched only if the request has the\nspecified method.\n\nSupport: Extended",
        "enum": [
          "GET",
          "HEAD",
          "POST",
          "PUT",
          "DELETE",
          "CONNECT",
          "OPTIONS",
          "TRACE",
          "PATCH"
        ]
      },
      "path": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatchesPath"
        },
        "doc": "Path specifies a HTTP request path matcher. If this field is not\nspecified, a default prefix match on the \"/\" path is provided."
      },
      "queryParams": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatchesQueryParams"
          }
        },
        "doc": "QueryParams specifies HTTP query parameter matchers. Multiple match\nvalues are ANDed together, meaning, a request must match all the\nspecified query parameters to select the route.\n\nSupport: Extended",
        "listType": "map",
        "listMapKeys": [
          "name"
        ]
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatchesHeaders": {
    "doc": "HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request\nheaders.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP Header to be matched. Name matching MUST be\ncase-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).\n\nIf multiple entries specify equivalent header names, only the first\nentry with an equivalent name MUST be considered for a match. Subsequent\nentries with an equivalent header name MUST be ignored. Due to the\ncase-insensitivity of header names, \"foo\" and \"Foo\" are considered\nequivalent.\n\nWhen a header is repeated in an HTTP request, it is\nimplementation-specific behavior as to how this is represented.\nGenerally, proxies should follow the guidance from the RFC:\nhttps://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding\nprocessing a repeated header, with special handling for \"Set-Cookie\"."
      },
      "type": {
        "type": "string",
        "doc": "Type specifies how to match against the value of the header.\n\nSupport: Core (Exact)\n\nSupport: Implementation-specific (RegularExpression)\n\nSince RegularExpression HeaderMatchType has implementation-specific\nconformance, implementations can support POSIX, PCRE or any other dialects\nof regular expressions. Please read the implementation's documentation to\ndetermine the supported dialect.",
        "enum": [
          "Exact",
          "RegularExpression"
        ],
        "default": "Exact"
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP Header to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatchesPath": {
    "doc": "Path specifies a HTTP request path matcher. If this field is not\nspecified, a default prefix match on the \"/\" path is provided.",
    "fields": {
      "type": {
        "type": "string",
        "doc": "Type specifies how to match against the path Value.\n\nSupport: Core (Exact, PathPrefix)\n\nSupport: Implementation-specific (RegularExpression)",
        "enum": [
          "Exact",
          "PathPrefix",
          "RegularExpression"
        ],
        "default": "PathPrefix"
      },
      "value": {
        "type": "string",
        "doc": "Value of the HTTP path to match against.",
        "default": "/"
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesMatchesQueryParams": {
    "doc": "HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP\nquery parameters.",
    "fields": {
      "name": {
        "type": "string",
        "doc": "Name is the name of the HTTP query param to be matched. This must be an\nexact string match. (See\nhttps://tools.ietf.org/html/rfc7230#section-2.7.3).\n\nIf multiple entries specify equivalent query param names, only the first\nentry with an equivalent name MUST be considered for a match. Subsequent\nentries with an equivalent query param name MUST be ignored.\n\nIf a query param is repeated in an HTTP request, the behavior is\npurposely left undefined, since different data planes have different\ncapabilities. However, it is *recommended* that implementations should\nmatch against the first value of the param if the data plane supports it,\nas this behavior is expected in other load balancing contexts outside of\nthe Gateway API.\n\nUsers SHOULD NOT route traffic based on repeated query params to guard\nthemselves against potential differences in the implementations."
      },
      "type": {
        "type": "string",
        "doc": "Type specifies how to match against the value of the query parameter.\n\nSupport: Extended (Exact)\n\nSupport: Implementation-specific (RegularExpression)\n\nSince RegularExpression QueryParamMatchType has Implementation-specific\nconformance, implementations can support POSIX, PCRE or any other\ndialects of regular expressions. Please read the implementation's\ndocumentation to determine the supported dialect.",
        "enum": [
          "Exact",
          "RegularExpression"
        ],
        "default": "Exact"
      },
      "value": {
        "type": "string",
        "doc": "Value is the value of HTTP query param to be matched."
      }
    },
    "required": [
      "name",
      "value"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteSpecRulesTimeouts": {
    "doc": "Timeouts defines the timeouts that can be configured for an HTTP request.\n\nSupport: Extended",
    "fields": {
      "backendRequest": {
        "type": "string",
        "doc": "BackendRequest specifies a timeout for an individual request from the gateway\nto a backend. This covers the time from when the request first starts being\nsent from the gateway to when the full response has been received from the backend.\n\nSetting a timeout to the zero duration (e.g. \"0s\") SHOULD disable the timeout\ncompletely. Implementations that cannot completely disable the timeout MUST\ninstead interpret the zero duration as the longest possible value to which\nthe timeout can be set.\n\nAn entire client HTTP transaction with a gateway, covered by the Request timeout,\nmay result in more than one call from the gateway to the destination backend,\nfor example, if automatic retries are supported.\n\nThe value of BackendRequest must be a Gateway API Duration string as defined by\nGEP-2257.  When this field is unspecified, its behavior is implementation-specific;\nwhen specified, the value of BackendRequest must be no more than the value of the\nRequest timeout (since the Request timeout encompasses the BackendRequest timeout).\n\nSupport: Extended"
      },
      "request": {
        "type": "string",
        "doc": "Request specifies the maximum duration for a gateway to respond to an HTTP request.\nIf the gateway has not been able to respond before this deadline is met, the gateway\nMUST return a timeout error.\n\nFor example, setting the `rules.timeouts.request` field to the value `10s` in an\n`HTTPRoute` will cause a timeout if a client request is taking longer than 10 seconds\nto complete.\n\nSetting a timeout to the zero duration (e.g. \"0s\") SHOULD disable the timeout\ncompletely. Implementations that cannot completely disable the timeout MUST\ninstead interpret the zero duration as the longest possible value to which\nthe timeout can be set.\n\nThis timeout is intended to cover as close to the whole request-response transaction\nas possible although an implementation MAY choose to start the timeout after the entire\nrequest stream has been received instead of immediately after the transaction is\ninitiated by the client.\n\nThe value of Request is a Gateway API Duration string as defined by GEP-2257. When this\nfield is unspecified, request timeout behavior is implementation-specific.\n\nSupport: Extended"
      }
    }
  },
  "io.k8s.networking.gateway.v1.HTTPRouteStatus": {
    "doc": "Status defines the current state of HTTPRoute.",
    "fields": {
      "parents": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteStatusParents"
          }
        },
        "doc": "Parents is a list of parent resources (usually Gateways) that are\nassociated with the route, and the status of the route with respect to\neach parent. When this route attaches to a parent, the controller that\nmanages the parent must add an entry to this list when the controller\nfirst sees the route and should update the entry as appropriate when the\nroute or gateway is modified.\n\nNote that parent references that cannot be resolved by an implementation\nof this API will not be added to this list. Implementations of this API\ncan only populate Route status for the Gateways/parent resources they are\nresponsible for.\n\nA maximum of 32 Gateways will be represented in this list. An empty list\nmeans the route has not been attached to any Gateway.",
        "listType": "atomic"
      }
    },
    "required": [
      "parents"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteStatusParents": {
    "doc": "RouteParentStatus describes the status of a route with respect to an\nassociated Parent.",
    "fields": {
      "conditions": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1.HTTPRouteStatusParentsConditions"
          }
        },
        "doc": "Conditions describes the status of the route with respect to the Gateway.\nNote that the route's availability is also subject to the Gateway's own\nstatus conditions and listener status.\n\nIf the Route's ParentRef specifies an existing Gateway that supports\nRoutes of this kind AND that Gateway's controller has sufficient access,\nthen that Gateway's controller MUST set the \"Accepted\" condition on the\nRoute, to indicate whether the route has been accepted or rejected by the\nGateway, and why.\n\nA Route MUST be considered \"Accepted\" if at least one of the Route's\nrules is implemented by the Gateway.\n\nThere are a number of cases where the \"Accepted\" condition may not be set\ndue to lack of controller visibility, that includes when:\n\n* The Route refers to a nonexistent parent.\n* The Route is of a type that the controller does not support.\n* The Route is in a namespace to which the controller does not have access.",
        "listType": "map",
        "listMapKeys": [
          "type"
        ]
      },
      "controllerName": {
        "type": "string",
        "doc": "ControllerName is a domain/path string that indicates the name of the\ncontroller that wrote this status. This corresponds with the\ncontrollerName field on GatewayClass.\n\nExample: \"example.net/gateway-controller\".\n\nThe format of this field is DOMAIN \"/\" PATH, where DOMAIN and PATH are\nvalid Kubernetes names\n(https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names).\n\nControllers MUST populate this field when writing status. Controllers should ensure that\nentries to status populated with their ControllerName are cleaned up when they are no\nlonger necessary."
      },
      "parentRef": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1.HTTPRouteStatusParentsParentRef"
        },
        "doc": "ParentRef corresponds with a ParentRef in the spec that this\nRouteParentStatus struct describes the status of."
      }
    },
    "required": [
      "conditions",
      "controllerName",
      "parentRef"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteStatusParentsConditions": {
    "doc": "Condition contains details for one aspect of the current state of this API Resource.",
    "fields": {
      "lastTransitionTime": {
        "type": "date-time",
        "doc": "lastTransitionTime is the last time the condition transitioned from one status to another.\nThis should be when the underlying condition changed.  If that is not known, then using the time when the API field changed is acceptable."
      },
      "message": {
        "type": "string",
        "doc": "message is a human readable message indicating details about the transition.\nThis may be an empty string."
      },
      "observedGeneration": {
        "type": "int64",
        "doc": "observedGeneration represents the .metadata.generation that the condition was set based upon.\nFor instance, if .metadata.generation is currently 12, but the .status.conditions[x].observedGeneration is 9, the condition is out of date\nwith respect to the current state of the instance."
      },
      "reason": {
        "type": "string",
        "doc": "reason contains a programmatic identifier indicating the reason for the condition's last transition.\nProducers of specific condition types may define expected values and meanings for this field,\nand whether the values are considered a guaranteed API.\nThe value should be a CamelCase string.\nThis field may not be empty."
      },
      "status": {
        "type": "string",
        "doc": "status of the condition, one of True, False, Unknown.",
        "enum": [
          "True",
          "False",
          "Unknown"
        ]
      },
      "type": {
        "type": "string",
        "doc": "type of condition in CamelCase or in foo.example.com/CamelCase."
      }
    },
    "required": [
      "lastTransitionTime",
      "message",
      "reason",
      "status",
      "type"
    ]
  },
  "io.k8s.networking.gateway.v1.HTTPRouteStatusParentsParentRef": {
    "doc": "ParentRef corresponds with a ParentRef in the spec that this\nRouteParentStatus struct describes the status of.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent.\nWhen unspecified, \"gateway.networking.k8s.io\" is inferred.\nTo set the core API group (such as for a \"Service\" kind referent),\nGroup must be explicitly set to \"\" (empty string).\n\nSupport: Core",
        "default": "gateway.networking.k8s.io"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is kind of the referent.\n\nThere are two kinds of parent resources with \"Core\" support:\n\n* Gateway (Gateway conformance profile)\n* Service (Mesh conformance profile, ClusterIP Services only)\n\nSupport for other resources is Implementation-Specific.",
        "default": "Gateway"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent.\n\nSupport: Core"
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referent. When unspecified, this refers\nto the local namespace of the Route.\n\nNote that there are specific rules for ParentRefs which cross namespace\nboundaries. Cross-namespace references are only valid if they are explicitly\nallowed by something in the namespace they are referring to. For example:\nGateway has the AllowedRoutes field, and ReferenceGrant provides a\ngeneric way to enable any other kind of cross-namespace reference.\n\nSupport: Core"
      },
      "port": {
        "type": "int32",
        "doc": "Port is the network port this Route targets. It can be interpreted\ndifferently based on the type of parent resource.\n\nWhen the parent resource is a Gateway, this targets all listeners\nlistening on the specified port that also support this kind of Route(and\nselect this Route). It's not recommended to set `Port` unless the\nnetworking behaviors specified in a Route must apply to a specific port\nas opposed to a listener(s) whose port(s) may be changed. When both Port\nand SectionName are specified, the name and port of the selected listener\nmust match both specified values.\n\nImplementations MAY choose to support other parent resources.\nImplementations supporting other types of parent resources MUST clearly\ndocument how/if Port is interpreted.\n\nFor the purpose of status, an attachment is considered successful as\nlong as the parent resource accepts it partially. For example, Gateway\nlisteners can restrict which Routes can attach to them by Route kind,\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment\nfrom the referencing Route, the Route MUST be considered successfully\nattached. If no Gateway listeners accept attachment from this Route,\nthe Route MUST be considered detached from the Gateway.\n\nSupport: Extended"
      },
      "sectionName": {
        "type": "string",
        "doc": "SectionName is the name of a section within the target resource. In the\nfollowing resources, SectionName is interpreted as the following:\n\n* Gateway: Listener name. When both Port (experimental) and SectionName\nare specified, the name and port of the selected listener must match\nboth specified values.\n* Service: Port name. When both Port (experimental) and SectionName\nare specified, the name and port of the selected listener must match\nboth specified values.\n\nImplementations MAY choose to support attaching Routes to other resources.\nIf that is the case, they MUST clearly document how SectionName is\ninterpreted.\n\nWhen unspecified (empty string), this will reference the entire resource.\nFor the purpose of status, an attachment is considered successful if at\nleast one section in the parent resource accepts it. For example, Gateway\nlisteners can restrict which Routes can attach to them by Route kind,\nnamespace, or hostname. If 1 of 2 Gateway listeners accept attachment from\nthe referencing Route, the Route MUST be considered successfully\nattached. If no Gateway listeners accept attachment from this Route, the\nRoute MUST be considered detached from the Gateway.\n\nSupport: Core"
      }
    },
    "required": [
      "name"
    ]
  },
  "io.k8s.networking.gateway.v1beta1.ReferenceGrant": {
    "doc": "ReferenceGrant identifies kinds of resources in other namespaces that are\ntrusted to reference the specified kinds of resources in the same namespace\nas the policy.\n\nEach ReferenceGrant can be used to represent a unique trust relationship.\nAdditional Reference Grants can be used to add to the set of trusted\nsources of inbound references for the namespace they are defined within.\n\nAll cross-namespace references in Gateway API (with the exception of cross-namespace\nGateway-route attachment) require a ReferenceGrant.\n\nReferenceGrant is a form of runtime verification allowing users to assert\nwhich cross-namespace object references are permitted. Implementations that\nsupport ReferenceGrant MUST NOT permit cross-namespace references which have\nno grant, and MUST respond to the removal of a grant by revoking the access\nthat the grant allowed.",
    "fields": {
      "spec": {
        "type": {
          "ref": "io.k8s.networking.gateway.v1beta1.ReferenceGrantSpec"
        },
        "doc": "Spec defines the desired state of ReferenceGrant."
      }
    },
    "required": [
      "spec"
    ]
  },
  "io.k8s.networking.gateway.v1beta1.ReferenceGrantSpec": {
    "doc": "Spec defines the desired state of ReferenceGrant.",
    "fields": {
      "from": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1beta1.ReferenceGrantSpecFrom"
          }
        },
        "doc": "From describes the trusted namespaces and kinds that can reference the\nresources described in \"To\". Each entry in this list MUST be considered\nto be an additional place that references can be valid from, or to put\nthis another way, entries MUST be combined using OR.\n\nSupport: Core",
        "listType": "atomic"
      },
      "to": {
        "type": {
          "list": {
            "ref": "io.k8s.networking.gateway.v1beta1.ReferenceGrantSpecTo"
          }
        },
        "doc": "To describes the resources that may be referenced by the resources\ndescribed in \"From\". Each entry in this list MUST be considered to be an\nadditional place that references can be valid to, or to put this another\nway, entries MUST be combined using OR.\n\nSupport: Core",
        "listType": "atomic"
      }
    },
    "required": [
      "from",
      "to"
    ]
  },
  "io.k8s.networking.gateway.v1beta1.ReferenceGrantSpecFrom": {
    "doc": "ReferenceGrantFrom describes trusted namespaces and kinds.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent.\nWhen empty, the Kubernetes core API group is inferred.\n\nSupport: Core"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the kind of the referent. Although implementations may support\nadditional resources, the following types are part of the \"Core\"\nsupport level for this field.\n\nWhen used to permit a SecretObjectReference:\n\n* Gateway\n\nWhen used to permit a BackendObjectReference:\n\n* GRPCRoute\n* HTTPRoute\n* TCPRoute\n* TLSRoute\n* UDPRoute"
      },
      "namespace": {
        "type": "string",
        "doc": "Namespace is the namespace of the referent.\n\nSupport: Core"
      }
    },
    "required": [
      "group",
      "kind",
      "namespace"
    ]
  },
  "io.k8s.networking.gateway.v1beta1.ReferenceGrantSpecTo": {
    "doc": "ReferenceGrantTo describes what Kinds are allowed as targets of the\nreferences.",
    "fields": {
      "group": {
        "type": "string",
        "doc": "Group is the group of the referent.\nWhen empty, the Kubernetes core API group is inferred.\n\nSupport: Core"
      },
      "kind": {
        "type": "string",
        "doc": "Kind is the kind of the referent. Although implementations may support\nadditional resources, the following types are part of the \"Core\"\nsupport level for this field:\n\n* Secret when used to permit a SecretObjectReference\n* Service when used to permit a BackendObjectReference"
      },
      "name": {
        "type": "string",
        "doc": "Name is the name of the referent. When unspecified, this policy\nrefers to all resources of the specified Group and Kind in the local\nnamespace."
      }
    },
    "required": [
      "group",
      "kind"
    ]
  },
};
