-- Members' choices not to be suggested as experts: community_id '' means everywhere,
-- otherwise that community's contributions do not count as the member's expertise.
CREATE TABLE expertise_opt_out (
  member_id    VARCHAR(200) NOT NULL,
  community_id VARCHAR(200) NOT NULL,
  PRIMARY KEY (member_id, community_id)
);
