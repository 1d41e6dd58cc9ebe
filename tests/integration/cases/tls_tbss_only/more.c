__thread long tb_more[2];
