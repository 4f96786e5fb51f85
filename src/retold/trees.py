"""Boosted trees as flat arrays, read from LightGBM's ``Booster.dump_model()``.

The stance model and the attribution tagger's second pass both ship LightGBM trees as
``.npz`` arrays so that predicting needs numpy alone (LightGBM is a training extra).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["flatten_lightgbm"]


def flatten_lightgbm(dump: Mapping[str, Any]) -> dict[str, NDArray[Any]]:
    """Every tree of the dump as node arrays; a child < 0 is the leaf ``-child - 1``.

    Keys: roots (per tree, a node index or an encoded leaf), feature, threshold, left,
    right, default_left (where a missing value goes) and leaf_value. Only numerical
    ``<=`` splits, as our features are.
    """
    roots: list[int] = []
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    default_left: list[bool] = []
    leaves: list[float] = []

    def walk(node: Mapping[str, Any]) -> int:
        if "leaf_value" in node:
            leaves.append(float(node["leaf_value"]))
            return -len(leaves)
        if node["decision_type"] != "<=":
            raise ValueError(f"unsupported split {node['decision_type']!r}")
        i = len(feature)
        feature.append(int(node["split_feature"]))
        threshold.append(float(node["threshold"]))
        default_left.append(bool(node.get("default_left", True)))
        left.append(0)
        right.append(0)
        left[i] = walk(node["left_child"])
        right[i] = walk(node["right_child"])
        return i

    for tree in dump["tree_info"]:
        roots.append(walk(tree["tree_structure"]))
    return {
        "roots": np.array(roots, dtype=np.int64),
        "feature": np.array(feature, dtype=np.int64),
        "threshold": np.array(threshold, dtype=np.float64),
        "left": np.array(left, dtype=np.int64),
        "right": np.array(right, dtype=np.int64),
        "default_left": np.array(default_left, dtype=bool),
        "leaf_value": np.array(leaves, dtype=np.float64),
    }
