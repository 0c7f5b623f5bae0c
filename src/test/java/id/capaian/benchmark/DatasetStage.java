package id.capaian.benchmark;

/**
 * One part of the {@link NationalDataset}: reads what the stages before it left in the {@link DatasetContext}
 * (ids kept in memory, so that nothing is read back), writes its tables with {@link Copy}, and leaves what later
 * stages need. Stages run in order, each in its own transaction. To add one (the evaluation, when it comes):
 * write a class like {@link FeedbackStage} and add it to {@link NationalDataset#STAGES}.
 */
interface DatasetStage {

    /** A short name for the report, e.g. "planning". */
    String name();

    void run(DatasetContext c) throws Exception;
}
