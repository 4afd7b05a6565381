"""A disjoint-set forest (union by size, path halving), for incremental clustering."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class UnionFind(Generic[T]):
    """Groups of items, merged by :meth:`union`; :meth:`find` names an item's group.

    Example:
        >>> groups = UnionFind[str]()
        >>> groups.union("a", "b")
        >>> groups.find("a") == groups.find("b"), groups.find("a") == groups.find("c")
        (True, False)
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {}
        self._size: dict[T, int] = {}
        for item in items:
            self.find(item)

    def find(self, item: T) -> T:
        """The representative of the item's group (the item itself when alone)."""
        if item not in self._parent:
            self._parent[item] = item
            self._size[item] = 1
            return item
        while self._parent[item] != item:
            self._parent[item] = self._parent[self._parent[item]]
            item = self._parent[item]
        return item

    def union(self, a: T, b: T) -> None:
        """Put the groups of ``a`` and ``b`` together."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if self._size[root_a] < self._size[root_b]:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._size[root_a] += self._size[root_b]

    def groups(self) -> dict[T, list[T]]:
        """Every group: representative to members."""
        found: dict[T, list[T]] = {}
        for item in list(self._parent):
            found.setdefault(self.find(item), []).append(item)
        return found
