// The change log of edits made over REST: one (:Change) per fact written, numbered by `seq` in
// commit order, and the single (:ChangeLog) node every writer locks first, so writes queue.
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (n:ChangeLog) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:Change) REQUIRE n.seq IS UNIQUE;
