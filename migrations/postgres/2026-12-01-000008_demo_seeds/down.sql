DROP TABLE demo_seeds;
