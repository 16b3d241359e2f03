-- When a pledge version was approved (issue 12): SBTi reviews targets at least every five years,
-- counted from the approval. PledgeVersion.approve sets it from now on. Versions approved before
-- take the time of their PLEDGE_APPROVED audit entry (target_type 'pledge', target_id the version
-- id as text); versions without one (demo data, data written around the portal) take their
-- submission time, the nearest time the version records, else their creation time.
-- (V14: V13 is left to work done in parallel.)
ALTER TABLE pledge_version ADD COLUMN approved_at DATETIME(6);

UPDATE pledge_version SET approved_at = (SELECT MAX(a.occurred_at) FROM audit_entry a
        WHERE a.action = 'PLEDGE_APPROVED' AND a.target_type = 'pledge'
        AND a.target_id = CONCAT('', pledge_version.id))
    WHERE status = 'APPROVED';

UPDATE pledge_version SET approved_at = COALESCE(submitted_at, created_at)
    WHERE status = 'APPROVED' AND approved_at IS NULL;
