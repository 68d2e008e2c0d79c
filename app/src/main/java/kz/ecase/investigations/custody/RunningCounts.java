package kz.ecase.investigations.custody;

/**
 * How many clocks of some units run: all of them, those past 75 % of their limit and those past the
 * limit itself (the person still held).
 */
public record RunningCounts(long total, long threeQuarters, long overrun) {}
