package org.branchledger.township;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.branchledger.appraisal.AppraisalService;
import org.branchledger.branch.BranchRepository;
import org.branchledger.branch.BranchService;
import org.branchledger.core.db.Database;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.notes.NotesService;
import org.branchledger.pledge.PledgeService;
import org.branchledger.roster.RosterService;
import org.branchledger.study.StudyService;

/**
 * The township's side (乡镇党委): branch packages made and received, and the overview of every branch. Built once
 * by the composition root from the features' services.
 */
public final class Township {
    private final BranchPackages packages;
    private final PackageReceiving receiving;
    private final OverviewService overview;
    private final List<LedgerKind> ledgers;

    public Township(Database db, BranchService branchService, RosterService roster, StudyService study,
                    PledgeService pledges, NotesService notes, AppraisalService appraisal, Path dataFolder,
                    org.branchledger.core.db.ScannedPages pages, Clock clock) {
        ReceivedBranchRepository received = new ReceivedBranchRepository();
        BranchStandings standings = new BranchStandings(roster, study, pledges, notes, appraisal);
        this.packages = new BranchPackages(db, new BranchRowsRepository(), received, pages, clock);
        this.receiving = new PackageReceiving(db, received, new BranchRepository(), standings, dataFolder, pages, clock);
        this.overview = new OverviewService(db, branchService, received, standings);
        this.ledgers = List.of(new TownshipRosterLedger(branchService, roster), new TownshipOverviewLedger(overview));
    }

    /** The township's ledgers, over every branch: 党员信息汇总表(全部支部) and 各支部工作情况一览表. */
    public List<LedgerKind> ledgers() {
        return ledgers;
    }

    /** 上报数据包: a branch's package for the township. */
    public BranchPackages packages() {
        return packages;
    }

    /** 接收数据包: a branch's package received at the township. */
    public PackageReceiving receiving() {
        return receiving;
    }

    /** 全部支部: one row per branch. */
    public OverviewService overview() {
        return overview;
    }
}
