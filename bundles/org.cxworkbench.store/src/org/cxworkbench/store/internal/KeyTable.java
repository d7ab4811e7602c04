package org.cxworkbench.store.internal;

import java.io.IOException;

/**
 * The respondent ids one import file gave so far, to find an id given twice without holding the ids: a slot holds
 * the id's 64-bit hash and where the id was written in the spool, 16 bytes whatever the id's length (a million
 * rows take at most 32 MB, 48 MB while the table doubles). Equal hashes are confirmed against the id read back from
 * the spool, so the answer is exact.
 */
final class KeyTable {

    /** Reads back the id written at an offset of the spool. */
    @FunctionalInterface
    interface Ids {
        String at(long offset) throws IOException;
    }

    private static final int FIRST_CAPACITY = 1 << 12;

    private final Ids ids;
    private long[] hashes = new long[FIRST_CAPACITY];
    /** offset + 1 of the id in the spool; 0 marks a free slot */
    private long[] offsets = new long[FIRST_CAPACITY];
    private int size;

    KeyTable(Ids ids) {
        this.ids = ids;
    }

    /** Whether {@code id} was {@link #add added} before. */
    boolean contains(String id) throws IOException {
        long hash = hash(id);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; offsets[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && ids.at(offsets[slot] - 1).equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Remembers an id not {@link #contains contained} yet, written in the spool at {@code offset}. */
    void add(String id, long offset) {
        if (2 * (size + 1) > hashes.length) {
            grow();
        }
        put(hash(id), offset + 1);
        size++;
    }

    private void put(long hash, long offsetPlusOne) {
        int mask = hashes.length - 1;
        int slot = (int) hash & mask;
        while (offsets[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        offsets[slot] = offsetPlusOne;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldOffsets = offsets;
        hashes = new long[oldHashes.length * 2];
        offsets = new long[oldOffsets.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldOffsets[i] != 0) {
                put(oldHashes[i], oldOffsets[i]);
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finalizer so that the low bits (the slot) are well mixed. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
