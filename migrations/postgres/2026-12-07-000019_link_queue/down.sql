DROP TABLE link_queue;
